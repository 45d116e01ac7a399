using System.Globalization;
using CiCd.Data;

namespace CiCd.Validate.Rules;

/// <summary>The share of missing values in each column stays within the column's policy.</summary>
public sealed class MissingValuesRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<RuleResult> Check(ValidationContext context)
    {
        var rows = context.Table.Rows;
        foreach (var (spec, index) in context.PresentColumns)
        {
            var missing = rows.Where(r => MissingValues.IsMissing(r.Values[index])).Select(r => r.Line).ToList();
            var share = (double)missing.Count / rows.Count;
            var text = $"{missing.Count} missing ({share.ToString("P1", CultureInfo.InvariantCulture)}), allowed {spec.MaxMissingShare.ToString("P1", CultureInfo.InvariantCulture)}";
            yield return share <= spec.MaxMissingShare
                ? RuleResult.Pass("missing", spec.Name, spec.Severity, text)
                : RuleResult.Fail("missing", spec.Name, spec.Severity,
                    text + $"; the limit is the column's 'missing' (dataset.columns.{spec.Name}.missing), else 'validation.max_missing_share'", missing);
        }
    }
}
