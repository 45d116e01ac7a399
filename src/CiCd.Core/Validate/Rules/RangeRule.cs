using CiCd.Data;

namespace CiCd.Validate.Rules;

/// <summary>Numeric values lie within the column's declared inclusive range.</summary>
public sealed class RangeRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<RuleResult> Check(ValidationContext context)
    {
        foreach (var (spec, index) in context.PresentColumns.Where(c => c.Spec.Range is not null))
        {
            var outside = context.Values(index)
                .Where(v => NumberText.TryParse(v.Value, out var number) && !spec.Range!.Contains(number))
                .ToList();
            yield return outside.Count == 0
                ? RuleResult.Pass("range", spec.Name, spec.Severity, $"all values within {spec.Range}")
                : RuleResult.Fail("range", spec.Name, spec.Severity,
                    $"{outside.Count} values outside {spec.Range} (first: {outside[0].Value} on line {outside[0].Line})", outside.Select(o => o.Line));
        }
    }
}
