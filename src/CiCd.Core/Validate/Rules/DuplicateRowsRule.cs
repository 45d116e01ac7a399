using System.Globalization;
using CiCd.Formats;

namespace CiCd.Validate.Rules;

/// <summary>Exact duplicate rows (all fields equal) stay within the allowed share.</summary>
public sealed class DuplicateRowsRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<RuleResult> Check(ValidationContext context)
    {
        // Found while the file was read (a 128-bit hash of each row's trimmed fields), not by keeping the rows.
        var duplicates = context.Table.DuplicateLines;
        var share = (double)duplicates.Count / context.Table.RowCount;
        var settings = context.Settings;
        var text = $"{Counted.Of(duplicates.Count, "duplicate row")} ({share.ToString("P1", CultureInfo.InvariantCulture)}), allowed {settings.MaxDuplicateShare.ToString("P1", CultureInfo.InvariantCulture)}";
        yield return share <= settings.MaxDuplicateShare
            ? RuleResult.Pass("duplicate_rows", null, settings.DuplicateSeverity, text)
            : RuleResult.Fail("duplicate_rows", null, settings.DuplicateSeverity, text, duplicates);
    }
}
