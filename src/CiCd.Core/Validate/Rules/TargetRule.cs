using System.Globalization;
using CiCd.Configuration;
using CiCd.Data.Columnar;
using CiCd.Formats;

namespace CiCd.Validate.Rules;

/// <summary>The target holds only declared classes, never missing, and every class has at least the minimum share.</summary>
public sealed class TargetRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<RuleResult> Check(ValidationContext context)
    {
        var dataset = context.Dataset;
        var target = context.Table.Column(dataset.Target);
        if (target is null || dataset.Task == TaskKind.Regression)
        {
            yield break;
        }
        var declared = target.Levels.Select(level => dataset.Classes.Contains(level)).ToArray();
        var codes = target.Codes!;
        var wrong = Enumerable.Range(0, codes.Length).Where(r => codes[r] < 0 || !declared[codes[r]]).Select(r => context.Table.Lines[r]).ToList();
        yield return wrong.Count == 0
            ? RuleResult.Pass("target_classes", dataset.Target, Severity.Error, $"all values among {string.Join(", ", dataset.Classes)}")
            : RuleResult.Fail("target_classes", dataset.Target, Severity.Error,
                $"{Counted.Of(wrong.Count, "row")} with a missing or undeclared class (first on line {wrong[0]})", wrong);
        var perLevel = new int[target.Levels.Count];
        foreach (var code in codes.Where(c => c >= 0))
        {
            perLevel[code]++;
        }
        var counts = dataset.Classes.ToDictionary(c => c, c => Count(target, perLevel, c));
        var rarest = counts.MinBy(pair => pair.Value);
        var share = (double)rarest.Value / codes.Length;
        var settings = context.Settings;
        var summary = string.Join(", ", counts.Select(pair => $"{pair.Key}: {pair.Value}"));
        yield return share >= settings.MinClassShare && rarest.Value > 0
            ? RuleResult.Pass("class_share", dataset.Target, settings.ClassShareSeverity, $"{summary}; rarest share {Percent(share)}")
            : RuleResult.Fail("class_share", dataset.Target, settings.ClassShareSeverity,
                $"class '{rarest.Key}' has share {Percent(share)}, below the minimum {Percent(settings.MinClassShare)} ('validation.class_share.min') ({summary})");
    }

    private static int Count(ColumnValues target, int[] perLevel, string level)
    {
        var code = target.Levels.ToList().IndexOf(level);
        return code < 0 ? 0 : perLevel[code];
    }

    private static string Percent(double share) => share.ToString("P1", CultureInfo.InvariantCulture);
}
