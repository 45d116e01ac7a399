using CiCd.Formats;

namespace CiCd.Validate.Rules;

/// <summary>Numeric values lie within the column's declared inclusive range.</summary>
public sealed class RangeRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<RuleResult> Check(ValidationContext context)
    {
        // Checked on the parsed double while reading, not on the stored float, so a bound like 0.1 is exact.
        foreach (var (spec, values) in context.PresentColumns.Where(c => c.Spec.Range is not null && c.Spec.IsNumeric))
        {
            var outside = context.Lines(values.OutOfRangeRows).ToList();
            yield return outside.Count == 0
                ? RuleResult.Pass("range", spec.Name, spec.Severity, $"all values within {spec.Range}")
                : RuleResult.Fail("range", spec.Name, spec.Severity,
                    $"{Counted.Of(outside.Count, "value")} outside {spec.Range} (first: {values.FirstOutOfRange} on line {outside[0]})", outside);
        }
    }
}
