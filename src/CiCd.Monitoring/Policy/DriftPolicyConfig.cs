using CiCd.Configuration;
using CiCd.Errors;

namespace CiCd.Monitoring.Policy;

/// <summary>Builds the drift policy from the <c>drift</c> section of mlops.yaml and checks it, pointing at the line and column of a bad value.</summary>
public static class DriftPolicyConfig
{
    /// <summary>The policy the section describes; absent values keep the documented defaults.</summary>
    public static DriftPolicy ToPolicy(this DriftConfig config)
    {
        var defaults = new DriftPolicy();
        var columns = new Dictionary<string, ColumnDriftOptions>(StringComparer.Ordinal);
        foreach (var column in config.Columns)
        {
            columns[column.Name] = new ColumnDriftOptions
            {
                Test = column.Test is null ? null : ParseTest(config, column),
                Threshold = column.Threshold,
                Ignore = column.Ignore,
            };
        }
        var policy = defaults with
        {
            DriftShare = config.Share ?? defaults.DriftShare,
            PValueThreshold = config.PValue ?? defaults.PValueThreshold,
            DistanceThreshold = config.Distance ?? defaults.DistanceThreshold,
            PsiModerate = config.PsiBands?[0] ?? defaults.PsiModerate,
            PsiMajor = config.PsiBands?[1] ?? defaults.PsiMajor,
            MinCurrentSample = config.MinCurrentSample ?? defaults.MinCurrentSample,
            SmallReferenceRows = config.SmallReferenceRows ?? defaults.SmallReferenceRows,
            LargeSampleRows = config.LargeSampleRows ?? defaults.LargeSampleRows,
            MinEffectSize = config.MinEffectSize ?? defaults.MinEffectSize,
            MaxCategoricalDistinct = config.MaxCategoricalDistinct ?? defaults.MaxCategoricalDistinct,
            MissingShareIncrease = config.MissingShareIncrease ?? defaults.MissingShareIncrease,
            Columns = columns,
        };
        policy.Validate(config.Source, field => Locate(config, field));
        return policy;
    }

    private static DriftTest ParseTest(DriftConfig config, DriftColumnConfig column)
    {
        var field = $"drift.columns.{column.Name}.test";
        if (DriftTestTraits.Parse(column.Test!) is { } test)
        {
            return test;
        }
        var at = Locate(config, field);
        var names = string.Join(", ", Enum.GetValues<DriftTest>().Select(t => t.ConfigName()));
        throw new InputException(config.Source, at?.Line, at?.Column, $"{field}: '{column.Test}' is not a drift test; expected one of {names}");
    }

    private static (int Line, int Column)? Locate(DriftConfig config, string field) =>
        config.Positions.TryGetValue(field, out var position) ? (position.Line, position.Column) : null;
}
