using System.Globalization;
using CiCd.Configuration;
using CiCd.Data;

namespace CiCd.Validate.Rules;

/// <summary>The target holds only declared classes, never missing, and every class has at least the minimum share.</summary>
public sealed class TargetRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<RuleResult> Check(ValidationContext context)
    {
        var dataset = context.Dataset;
        var index = context.Table.IndexOf(dataset.Target);
        if (index < 0 || dataset.Task == TaskKind.Regression)
        {
            yield break;
        }
        var rows = context.Table.Rows;
        var wrong = rows.Where(r => MissingValues.IsMissing(r.Values[index]) || !dataset.Classes.Contains(r.Values[index]!.Trim())).ToList();
        yield return wrong.Count == 0
            ? RuleResult.Pass("target_classes", dataset.Target, Severity.Error, $"all values among {string.Join(", ", dataset.Classes)}")
            : RuleResult.Fail("target_classes", dataset.Target, Severity.Error,
                $"{wrong.Count} rows with a missing or undeclared class (first on line {wrong[0].Line})", wrong.Select(r => r.Line));
        var counts = dataset.Classes.ToDictionary(c => c, c => rows.Count(r => r.Values[index]?.Trim() == c));
        var rarest = counts.MinBy(pair => pair.Value);
        var share = (double)rarest.Value / rows.Count;
        var settings = context.Settings;
        var summary = string.Join(", ", counts.Select(pair => $"{pair.Key}: {pair.Value}"));
        yield return share >= settings.MinClassShare && rarest.Value > 0
            ? RuleResult.Pass("class_share", dataset.Target, settings.ClassShareSeverity, $"{summary}; rarest share {Percent(share)}")
            : RuleResult.Fail("class_share", dataset.Target, settings.ClassShareSeverity,
                $"class '{rarest.Key}' has share {Percent(share)}, below the minimum {Percent(settings.MinClassShare)} ('validation.class_share.min') ({summary})");
    }

    private static string Percent(double share) => share.ToString("P1", CultureInfo.InvariantCulture);
}
