using CiCd.Configuration;
using CiCd.Data;

namespace CiCd.Validate.Rules;

/// <summary>Every declared column and the target are in the header.</summary>
public sealed class RequiredColumnsRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<RuleResult> Check(ValidationContext context)
    {
        var declared = context.Dataset.Columns.Select(c => c.Name).Append(context.Dataset.Target);
        var missing = declared.Where(name => context.Table.IndexOf(name) < 0).ToList();
        yield return missing.Count == 0
            ? RuleResult.Pass("required_columns", null, Severity.Error, $"all {context.Dataset.Columns.Count + 1} declared columns present")
            : RuleResult.Fail("required_columns", null, Severity.Error, $"missing from the header: {string.Join(", ", missing)}{HeaderText.SeparatorHint(context.Table.Header)}", [1]);
    }
}
