using CiCd.Formats;

namespace CiCd.Validate.Rules;

/// <summary>The number of data rows lies within the configured bounds.</summary>
public sealed class RowCountRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<RuleResult> Check(ValidationContext context)
    {
        var settings = context.Settings;
        var count = context.Table.RowCount;
        var bounds = $"[{settings.MinRows}, {settings.MaxRows?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "+inf"}]";
        yield return count >= settings.MinRows && (settings.MaxRows is null || count <= settings.MaxRows)
            ? RuleResult.Pass("row_count", null, settings.RowCountSeverity, $"{Counted.Of(count, "row")} within {bounds}")
            : RuleResult.Fail("row_count", null, settings.RowCountSeverity, $"{Counted.Of(count, "row")}, outside {bounds}; the bound is '{(count < settings.MinRows ? "validation.rows.min" : "validation.rows.max")}' in the config");
    }
}
