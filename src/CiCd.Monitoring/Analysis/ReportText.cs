using System.Globalization;
using CiCd.Monitoring.Alerts;
using CiCd.Monitoring.Detection;
using CiCd.Monitoring.Policy;

namespace CiCd.Monitoring.Analysis;

/// <summary>How the console, Markdown and HTML renderings write the same figures, so they always agree.</summary>
public static class ReportText
{
    /// <summary>A figure to four significant digits, "–" when absent.</summary>
    public static string Number(double? value) => value switch
    {
        null => "–",
        { } v when !double.IsFinite(v) => "–",
        { } v when v != 0 && Math.Abs(v) < 1e-4 => v > 0 ? "< 0.0001" : "> -0.0001",
        { } v => v.ToString("G4", CultureInfo.InvariantCulture),
    };

    /// <summary>A share as a percentage.</summary>
    public static string Percent(double share) => share.ToString("P1", CultureInfo.InvariantCulture);

    /// <summary>A UTC time to the minute.</summary>
    public static string Time(DateTimeOffset? time) =>
        time is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "–";

    /// <summary>The light as a word.</summary>
    public static string Level(AlertLevel level) => level.ToString().ToLowerInvariant();

    /// <summary>The light as an emoji, for Markdown and terminals.</summary>
    public static string Light(AlertLevel level) => level switch
    {
        AlertLevel.Red => "🔴",
        AlertLevel.Amber => "🟠",
        _ => "🟢",
    };

    /// <summary>The test name, or why the column was not tested.</summary>
    public static string Test(ColumnDrift column) => column.Test is { } test
        ? test.Test.ConfigName() + (test.IsDefault ? "" : " (override)")
        : Status(column.Status);

    /// <summary>The decision rule with its threshold: "p &lt; 0.05" or "≥ 0.1".</summary>
    public static string Rule(ColumnDrift column) => column.Test is { } test
        ? (test.Test.IsHypothesisTest() ? "p < " : "≥ ") + Number(test.Threshold)
        : "–";

    /// <summary>The value the rule was applied to: the p-value of a hypothesis test, else the distance.</summary>
    public static string Value(ColumnDrift column) => column.Test is { } test
        ? test.Test.IsHypothesisTest() ? $"p {Equals(column.PValue)} (stat {Number(column.Statistic)})" : Number(column.Statistic)
        : "–";

    // "p = 0.03", but "p < 0.0001" rather than "p = < 0.0001".
    private static string Equals(double? value)
    {
        var text = Number(value);
        return text.StartsWith('<') || text.StartsWith('>') ? text : "= " + text;
    }

    /// <summary>A column status in words.</summary>
    public static string Status(ColumnStatus status) => status switch
    {
        ColumnStatus.Tested => "tested",
        ColumnStatus.Ignored => "ignored",
        ColumnStatus.MissingInCurrent => "missing in current",
        ColumnStatus.KindMismatch => "type changed",
        ColumnStatus.NoReferenceValues => "no reference values",
        ColumnStatus.AllMissing => "all missing",
        ColumnStatus.NotEnoughData => "not enough data",
        _ => status.ToString(),
    };
}
