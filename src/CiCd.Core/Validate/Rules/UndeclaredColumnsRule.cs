using CiCd.Configuration;
using CiCd.Formats;

namespace CiCd.Validate.Rules;

/// <summary>
/// Header columns the config does not name (a warning): the model never sees them, which is right for a column left
/// out on purpose and a silent loss otherwise; declaring it (<c>ignore</c> included) or <c>dataset.default_kind</c> says which.
/// </summary>
public sealed class UndeclaredColumnsRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<RuleResult> Check(ValidationContext context)
    {
        var declared = context.Dataset.Columns.Select(c => c.Name).Append(context.Dataset.Target).ToHashSet(StringComparer.Ordinal);
        var undeclared = context.Table.Header.Where(name => !declared.Contains(name)).ToList();
        yield return undeclared.Count == 0
            ? RuleResult.Pass("undeclared_columns", null, Severity.Warning, "every column of the file is declared")
            : RuleResult.Fail("undeclared_columns", null, Severity.Warning,
                $"{Counted.Of(undeclared.Count, "column")} in the file {(undeclared.Count == 1 ? "is" : "are")} not in 'dataset.columns' and not used: {string.Join(", ", undeclared.Take(20))}" +
                (undeclared.Count > 20 ? ", …" : "") + "; declare them (as 'ignore' to leave them out) or set 'dataset.default_kind'", [1]);
    }
}
