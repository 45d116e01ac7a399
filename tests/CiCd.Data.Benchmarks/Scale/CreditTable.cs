using System.Globalization;
using System.Text;

namespace CiCd.Data.Benchmarks.Scale;

/// <summary>
/// A synthetic credit-like table, the same for the same seed: 12 numeric and 8 categorical features and a binary
/// target whose odds depend on a few of them, written as CSV with the mlops.yaml that describes it.
/// </summary>
internal static class CreditTable
{
    private static readonly string[] Numeric = ["age", "income", "debt_ratio", "credit_amount", "duration", "balance", "accounts", "utilisation", "tenure", "inquiries", "late_payments", "bureau_score"];

    private static readonly (string Name, int Levels)[] Categorical = [("purpose", 10), ("housing", 3), ("employment", 5), ("region", 20), ("channel", 4), ("product", 6), ("marital", 4), ("education", 5)];

    /// <summary>Writes <paramref name="rows"/> rows; <paramref name="shift"/> moves income and utilisation (the drifted "current" data).</summary>
    public static void Write(string path, int rows, int seed, double shift = 0)
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.WriteLine(string.Join(',', Numeric.Concat(Categorical.Select(c => c.Name)).Append("default")));
        var line = new StringBuilder();
        var values = new double[Numeric.Length];
        for (var row = 0; row < rows; row++)
        {
            line.Clear();
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Math.Round(Value(i, random, shift), 2);
                line.Append(values[i].ToString(CultureInfo.InvariantCulture)).Append(',');
            }
            var purpose = random.Next(10);
            foreach (var (name, levels) in Categorical)
            {
                var level = name == "purpose" ? purpose : random.Next(levels);
                line.Append(name).Append('_').Append(level.ToString(CultureInfo.InvariantCulture)).Append(',');
            }
            var odds = -1.5 + 0.8 * values[2] + 0.6 * values[7] - 0.01 * (values[11] - 600) / 10 + 0.3 * values[10] + (purpose < 3 ? 0.5 : 0);
            line.Append(random.NextDouble() < 1 / (1 + Math.Exp(-odds)) ? "yes" : "no");
            writer.WriteLine(line);
        }
    }

    private static double Value(int column, Random random, double shift) => column switch
    {
        0 => 18 + random.Next(70),
        1 => Math.Exp(10 + 0.5 * Normal(random)) * (1 + shift),
        2 => random.NextDouble() * 2,
        3 => 500 + random.NextDouble() * 20000,
        4 => 6 + random.Next(66),
        5 => Normal(random) * 5000,
        6 => random.Next(12),
        7 => Math.Min(1, random.NextDouble() + shift),
        8 => random.Next(40),
        9 => random.Next(8),
        10 => random.Next(5),
        _ => 300 + random.NextDouble() * 550,
    };

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>The config for a table at <paramref name="dataFile"/> (relative to the config): one LightGBM candidate, 5-fold CV.</summary>
    public static string Config(string dataFile)
    {
        var columns = new StringBuilder();
        foreach (var name in Numeric)
        {
            columns.Append("    ").Append(name).AppendLine(": numeric");
        }
        foreach (var (name, _) in Categorical)
        {
            columns.Append("    ").Append(name).AppendLine(": categorical");
        }
        return $$"""
            # Written by CiCd.Data.Benchmarks scale: a synthetic credit-like table (12 numeric, 8 categorical features).
            dataset:
              name: synthetic-credit
              path: {{dataFile}}
              target: default
              task: binary
              classes: ['no', 'yes']
              positive_class: 'yes'
              columns:
                default: categorical
            {{columns.ToString().TrimEnd()}}
            validation:
              max_missing_share: 0
              rows: { min: 1000, max: 100000000 }
              duplicates: { max_share: 0.01 }
            training:
              seed: 7
              test_fraction: 0.2
              folds: 5
              primary_metric: roc_auc
              candidates:
                - trainer: light_gbm
                  space:
                    number_of_leaves: [31]
                    number_of_iterations: [100]
                    learning_rate: [0.1]
            """;
    }
}
