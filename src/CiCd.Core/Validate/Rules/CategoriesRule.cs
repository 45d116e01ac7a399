using CiCd.Configuration;

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
        foreach (var (spec, index) in context.PresentColumns.Where(c => c.Spec.KnownCategories.Count > 0))
        {
            var values = context.Values(index).ToList();
            var known = spec.KnownCategories.ToHashSet(StringComparer.Ordinal);
            var unknown = values.Where(v => !known.Contains(v.Value)).ToList();
            yield return unknown.Count == 0
                ? RuleResult.Pass("allowed_categories", spec.Name, spec.Severity, $"all values among {known.Count} declared categories")
                : RuleResult.Fail("allowed_categories", spec.Name, spec.Severity,
                    $"{unknown.Count} values outside the declared categories: {string.Join(", ", unknown.Select(u => $"'{u.Value}'").Distinct().Take(5))}",
                    unknown.Select(u => u.Line));
            var seen = values.Select(v => v.Value).ToHashSet(StringComparer.Ordinal);
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
