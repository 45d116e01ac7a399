using System.Globalization;

namespace CiCd.Validate.Rules;

/// <summary>Exact duplicate rows (all fields equal) stay within the allowed share.</summary>
public sealed class DuplicateRowsRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<RuleResult> Check(ValidationContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = context.Table.Rows
            .Where(row => !seen.Add(string.Join('\u001f', row.Values.Select(v => v?.Trim() ?? "\u2205"))))
            .Select(row => row.Line)
            .ToList();
        var share = (double)duplicates.Count / context.Table.Rows.Count;
        var settings = context.Settings;
        var text = $"{duplicates.Count} duplicate rows ({share.ToString("P1", CultureInfo.InvariantCulture)}), allowed {settings.MaxDuplicateShare.ToString("P1", CultureInfo.InvariantCulture)}";
        yield return share <= settings.MaxDuplicateShare
            ? RuleResult.Pass("duplicate_rows", null, settings.DuplicateSeverity, text)
            : RuleResult.Fail("duplicate_rows", null, settings.DuplicateSeverity, text, duplicates);
    }
}
