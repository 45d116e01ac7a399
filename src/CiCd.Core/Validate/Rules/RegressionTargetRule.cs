using System.Globalization;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Formats;

namespace CiCd.Validate.Rules;

/// <summary>A regression target holds numbers, within its declared range, and no more missing values than its policy allows.</summary>
public sealed class RegressionTargetRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<RuleResult> Check(ValidationContext context)
    {
        var dataset = context.Dataset;
        var target = context.Table.Column(dataset.Target);
        if (dataset.Task != TaskKind.Regression || dataset.TargetColumn is not { } spec || target is null)
        {
            yield break;
        }
        // The target is read as text (codes over its distinct spellings), as for a class label.
        var codes = target.Codes!;
        var missing = Enumerable.Range(0, codes.Length).Where(r => codes[r] < 0).Select(r => context.Table.Lines[r]).ToList();
        var share = codes.Length == 0 ? 0 : (double)missing.Count / codes.Length;
        var text = $"{missing.Count} missing ({P(share)}), allowed {P(spec.MaxMissingShare)}";
        yield return share <= spec.MaxMissingShare
            ? RuleResult.Pass("target_missing", spec.Name, Severity.Error, text)
            : RuleResult.Fail("target_missing", spec.Name, Severity.Error, text, missing);
        var values = Enumerable.Range(0, codes.Length).Where(r => codes[r] >= 0)
            .Select(r => (Value: target.RawLevel(codes[r]).Trim(), Line: context.Table.Lines[r])).ToList();
        var bad = values.Where(v => !NumberText.TryParseFeature(v.Value, out _)).ToList();
        yield return bad.Count == 0
            ? RuleResult.Pass("target_type", spec.Name, Severity.Error, "all targets are numbers")
            : RuleResult.Fail("target_type", spec.Name, Severity.Error,
                $"{Counted.Of(bad.Count, "target")} {(bad.Count == 1 ? "is not a number" : "are not numbers")} (first: '{bad[0].Value}' on line {bad[0].Line}" +
                    $"{NumberText.BeyondFloatClause(bad[0].Value)})", bad.Select(b => b.Line));
        if (spec.Range is { } range)
        {
            var outside = values.Where(v => NumberText.TryParse(v.Value, out var number) && !range.Contains(number)).ToList();
            yield return outside.Count == 0
                ? RuleResult.Pass("target_range", spec.Name, spec.Severity, $"all targets within {range}")
                : RuleResult.Fail("target_range", spec.Name, spec.Severity,
                    $"{Counted.Of(outside.Count, "target")} outside {range} (first: {outside[0].Value} on line {outside[0].Line})", outside.Select(o => o.Line));
        }
    }

    private static string P(double share) => share.ToString("P1", CultureInfo.InvariantCulture);
}
