using System.Globalization;
using System.Text;

namespace CiCd.Testing.Workspace;

/// <summary>
/// A small seeded binary dataset: debt raises the risk, income lowers it, the region shifts it a little and
/// "noise" is unrelated to the label, so importance has a right answer.
/// </summary>
public static class ToyCreditData
{
    public const string Name = "toy-credit";

    public static void Write(string path, int rows, int seed)
    {
        var random = new Random(seed);
        string[] regions = ["north", "south", "east"];
        var text = new StringBuilder("income,debt,age,region,noise,label\n");
        for (var i = 0; i < rows; i++)
        {
            var income = Math.Round(20 + (random.NextDouble() * 80), 1);
            var debt = Math.Round(random.NextDouble() * 60, 1);
            var age = random.Next(18, 80);
            var region = regions[random.Next(regions.Length)];
            var noise = Math.Round(random.NextDouble(), 3);
            var score = (0.08 * debt) - (0.05 * income) + (region == "south" ? 0.5 : 0) + 0.5;
            var bad = random.NextDouble() < 1 / (1 + Math.Exp(-score));
            text.Append(CultureInfo.InvariantCulture, $"{income},{debt},{age},{region},{noise},{(bad ? "bad" : "good")}\n");
        }
        File.WriteAllText(path, text.ToString());
    }

    public static string Config(string dataFile) => $"""
        dataset:
          name: {Name}
          path: {dataFile}
          target: label
          task: binary
          classes: [good, bad]
          positive_class: bad
          columns:
            income: numeric
            debt: numeric
            age: numeric
            region: {"{"} kind: categorical, allowed: [north, south, east] {"}"}
            noise: numeric
            label: categorical
        training:
          seed: 7
          test_fraction: 0.3
          folds: 2
          primary_metric: roc_auc
          candidates:
            - trainer: logistic_regression
              space:
                l2_regularization: [1]
        gates:
          thresholds:
            roc_auc: {"{"} min: 0.6 {"}"}
            expected_cost: {"{"} max: 0.9 {"}"}
          champion:
            rules:
              roc_auc: {"{"} min_absolute_change: -0.05 {"}"}
        """;
}
