using System.Globalization;
using System.Text;

namespace CiCd.Monitoring.Scenarios.Study;

/// <summary>Prints the false-alarm rates on unshifted samples: one line per column and test, one column per current size.</summary>
internal static class FalseAlarmTable
{
    public static string Render(IReadOnlyList<StudyRow> rows, IReadOnlyDictionary<string, int> categories, StudyOptions options, string design)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"\nFalse alarms on unshifted samples (share of {options.Repetitions} seeded repetitions flagged as drifted; in brackets: not green)\n");
        text.Append(CultureInfo.InvariantCulture, $"{design}; * = the default test for the column; k = categories\n");
        text.Append(Header(options));
        foreach (var row in rows)
        {
            var label = $"{row.Observed,-24}{categories[row.Observed],3}  {row.Test + (row.IsDefault ? "*" : ""),-14}";
            if (row.CurrentRows == options.CurrentSizes[0])
            {
                text.Append(label);
            }
            text.Append(CultureInfo.InvariantCulture, $"{Rate(row.Detected[0]),8} ({Rate(row.Flagged[0]),5})");
            if (row.CurrentRows == options.CurrentSizes[^1])
            {
                text.Append('\n');
            }
        }
        text.Append("\nsummary over the columns: mean / worst false-alarm rate of each column's default test\n").Append(Header(options));
        var defaults = rows.Where(r => r.IsDefault).ToList();
        foreach (var test in defaults.Select(r => r.Test).Distinct())
        {
            text.Append(CultureInfo.InvariantCulture, $"{"",-24}{"",3}  {test + "*",-14}");
            foreach (var size in options.CurrentSizes)
            {
                var rates = defaults.Where(r => r.Test == test && r.CurrentRows == size).Select(r => r.Detected[0]).ToList();
                text.Append(CultureInfo.InvariantCulture, $"{Rate(rates.Average()),9} / {Rate(rates.Max())}");
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    private static string Header(StudyOptions options) =>
        $"{"column",-24}{"k",3}  {"test",-14}" + string.Concat(options.CurrentSizes.Select(n => $"{"n=" + n.ToString(CultureInfo.InvariantCulture),16}")) + "\n";

    private static string Rate(double rate) => rate.ToString("0.00", CultureInfo.InvariantCulture);
}
