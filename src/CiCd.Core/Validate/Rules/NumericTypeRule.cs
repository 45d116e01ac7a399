using CiCd.Data;
using CiCd.Formats;

namespace CiCd.Validate.Rules;

/// <summary>Every present value of a numeric column parses as a number a 32-bit float holds.</summary>
public sealed class NumericTypeRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<RuleResult> Check(ValidationContext context)
    {
        foreach (var (spec, values) in context.PresentColumns.Where(c => c.Spec.IsNumeric))
        {
            var bad = context.Lines(values.NotNumberRows).ToList();
            yield return bad.Count == 0
                ? RuleResult.Pass("type", spec.Name, spec.Severity, "all values are numbers")
                : RuleResult.Fail("type", spec.Name, spec.Severity,
                    $"{Counted.Of(bad.Count, "value")} {(bad.Count == 1 ? "is not a number" : "are not numbers")} (first: '{First(values)}' on line {bad[0]}{NumberText.BeyondFloatClause(First(values))})", bad);
        }
    }

    private static string First(Data.Columnar.ColumnValues values) => values.FirstNotNumber!.Trim();
}
