using System.Globalization;
using System.Text;

namespace CiCd.Monitoring.Scenarios.Study;

/// <summary>Prints the detection-rate table: one line per scenario, test and current size; one column per shift size.</summary>
internal static class StudyTable
{
    public static string Render(IReadOnlyList<StudyRow> rows, StudyOptions options, string design)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Detection rate (share of {options.Repetitions} seeded repetitions flagged as drifted; in brackets: not green)\n");
        text.Append(CultureInfo.InvariantCulture, $"{design}\ndefault thresholds (p < 0.05, distance ≥ 0.1); * = the default test for the column\n");
        foreach (var group in rows.GroupBy(r => (r.Scenario, r.Shifted, r.Observed)))
        {
            var first = group.First();
            text.Append(CultureInfo.InvariantCulture, $"\n{first.Scenario} of {first.Shifted}, observed on {first.Observed}\n");
            text.Append("test            n    ").AppendJoin("", first.Sizes.Select(s => $"{Size(first.Scenario, s),16}")).Append('\n');
            foreach (var row in group)
            {
                text.Append(CultureInfo.InvariantCulture, $"{row.Test + (row.IsDefault ? "*" : ""),-14}{row.CurrentRows,5}   ");
                text.AppendJoin("", row.Detected.Zip(row.Flagged, (d, f) => $"{Rate(d),8} ({Rate(f),5})")).Append('\n');
            }
        }
        return text.ToString();
    }

    private static string Size(string scenario, double size) => scenario switch
    {
        "MeanShift" => $"{size:0.##} sd",
        "ScaleShift" => $"x{size:0.##}",
        "LabelShift" => $"+{size:0.##} bad",
        _ => $"{size:P0}",
    };

    private static string Rate(double rate) => rate.ToString("0.00", CultureInfo.InvariantCulture);
}
