using System.Globalization;

namespace CiCd.Validate.Rules;

/// <summary>The share of missing values in each column stays within the column's policy.</summary>
public sealed class MissingValuesRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<RuleResult> Check(ValidationContext context)
    {
        foreach (var (spec, values) in context.PresentColumns)
        {
            var missing = context.Lines(values.MissingRows).ToList();
            var share = (double)missing.Count / context.Table.RowCount;
            var text = $"{missing.Count} missing ({share.ToString("P1", CultureInfo.InvariantCulture)}), allowed {spec.MaxMissingShare.ToString("P1", CultureInfo.InvariantCulture)}";
            yield return share <= spec.MaxMissingShare
                ? RuleResult.Pass("missing", spec.Name, spec.Severity, text)
                : RuleResult.Fail("missing", spec.Name, spec.Severity,
                    text + $"; the limit is the column's 'missing' (dataset.columns.{spec.Name}.missing), else 'validation.max_missing_share'", missing);
        }
    }
}
