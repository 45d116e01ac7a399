using CiCd.Configuration;
using CiCd.Formats;

namespace CiCd.Validate.Rules;

/// <summary>
/// For columns with declared categories: every value is one of them (rule <c>allowed_categories</c>), and
/// every declared category occurs at least once (rule <c>unseen_categories</c>, a warning: a category the
/// model never saw in training is scored as unknown when it arrives in production; an ordinal one by its rank).
/// </summary>
public sealed class CategoriesRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<RuleResult> Check(ValidationContext context)
    {
        foreach (var (spec, values) in context.PresentColumns.Where(c => c.Spec.KnownCategories.Count > 0 && !c.Spec.IsNumeric))
        {
            var known = spec.KnownCategories.ToHashSet(StringComparer.Ordinal);
            // Levels are numbered in order of first appearance, so the unknown ones come out in file order.
            var isUnknown = values.Levels.Select(level => !known.Contains(level)).ToArray();
            var codes = values.Codes!;
            var unknown = Enumerable.Range(0, codes.Length).Where(r => codes[r] >= 0 && isUnknown[codes[r]]).ToList();
            var firstUnknown = values.Levels.Where((_, code) => isUnknown[code]).Take(5).Select(level => $"'{level}'");
            yield return unknown.Count == 0
                ? RuleResult.Pass("allowed_categories", spec.Name, spec.Severity, $"all values among {Counted.Of(known.Count, "declared category", "declared categories")}")
                : RuleResult.Fail("allowed_categories", spec.Name, spec.Severity,
                    $"{Counted.Of(unknown.Count, "value")} outside the declared categories: {string.Join(", ", firstUnknown)}",
                    context.Lines(unknown));
            var seen = values.Levels.ToHashSet(StringComparer.Ordinal);
            var unseen = spec.KnownCategories.Where(c => !seen.Contains(c)).ToList();
            yield return unseen.Count == 0
                ? RuleResult.Pass("unseen_categories", spec.Name, Severity.Warning, "every declared category occurs")
                : RuleResult.Fail("unseen_categories", spec.Name, Severity.Warning,
                    spec.Kind == ColumnKind.Ordinal
                        ? $"in the order but never seen (the model scores them by their place in the order, learnt from no example): {string.Join(", ", unseen)}"
                        : $"declared but never seen (the model will treat them as unknown): {string.Join(", ", unseen)}");
        }
    }
}
