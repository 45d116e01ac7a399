using CiCd.Errors;

namespace CiCd.Monitoring.Policy;

/// <summary>
/// When a column, and the dataset, count as drifted. Defaults follow Evidently's rules made explicit
/// (see DESIGN.md, "Drift defaults"); every number is overridable from mlops.yaml.
/// </summary>
public sealed record DriftPolicy
{
    /// <summary>Dataset drift when drifted columns / tested columns ≥ this share.</summary>
    public double DriftShare { get; init; } = 0.5;

    /// <summary>References with at most this many rows use hypothesis tests; larger ones use distances.</summary>
    public int SmallReferenceRows { get; init; } = 1000;

    /// <summary>Numeric columns with more distinct reference values than this are continuous (KS, Wasserstein); others are compared as categories.</summary>
    public int MaxCategoricalDistinct { get; init; } = 5;

    /// <summary>Default p-value threshold of the hypothesis tests.</summary>
    public double PValueThreshold { get; init; } = 0.05;

    /// <summary>Default threshold of the distances (Wasserstein over std, Jensen-Shannon, PSI).</summary>
    public double DistanceThreshold { get; init; } = 0.1;

    /// <summary>PSI from here up reads as a moderate shift.</summary>
    public double PsiModerate { get; init; } = 0.1;

    /// <summary>PSI from here up reads as a major shift.</summary>
    public double PsiMajor { get; init; } = 0.25;

    /// <summary>
    /// Fewer non-missing current values than this are not tested: the column is "not enough data"
    /// (amber, never red). With 100 values KS at 0.05 only sees gaps above ~0.19 and ten PSI bins
    /// hold ten values each, so smaller samples give noise, not signal.
    /// </summary>
    public int MinCurrentSample { get; init; } = 100;

    /// <summary>From this many current values up, a hypothesis test also needs <see cref="MinEffectSize"/> to flag drift.</summary>
    public int LargeSampleRows { get; init; } = 5_000;

    /// <summary>
    /// The smallest effect that counts as drift on large samples: the KS statistic, Cohen's w for
    /// chi-square, or the difference in proportions for the z-test. On a million rows KS finds a
    /// 0.5% gap "significant"; nobody retrains for that.
    /// </summary>
    public double MinEffectSize { get; init; } = 0.05;

    /// <summary>A rise in the missing share of at least this much is reported (amber: check the upstream pipeline).</summary>
    public double MissingShareIncrease { get; init; } = 0.1;

    /// <summary>Per-column overrides, by column name.</summary>
    public IReadOnlyDictionary<string, ColumnDriftOptions> Columns { get; init; } = new Dictionary<string, ColumnDriftOptions>();

    /// <summary>Reads the band of a PSI value.</summary>
    public PsiBand BandOf(double psi) => psi >= PsiMajor ? PsiBand.Major : psi >= PsiModerate ? PsiBand.Moderate : PsiBand.Stable;

    /// <summary>
    /// Checks every number once, naming the mlops.yaml field that is wrong; <paramref name="source"/> is the config file
    /// and <paramref name="locate"/>, when given, finds a field's line and column in it.
    /// </summary>
    public void Validate(string source, Func<string, (int Line, int Column)?>? locate = null)
    {
        void Require(bool condition, string field, string expected)
        {
            if (!condition)
            {
                var at = locate?.Invoke(field);
                throw new InputException(source, at?.Line, at?.Column, $"{field}: expected {expected}");
            }
        }

        Require(DriftShare is > 0 and <= 1, "drift.share", "a share in (0, 1]");
        Require(SmallReferenceRows >= 0, "drift.small_reference_rows", "a row count ≥ 0");
        Require(MaxCategoricalDistinct >= 1, "drift.max_categorical_distinct", "a count ≥ 1");
        Require(PValueThreshold is > 0 and < 1, "drift.p_value", "a p-value in (0, 1)");
        Require(DistanceThreshold > 0, "drift.distance", "a distance > 0");
        Require(PsiModerate > 0 && PsiMajor > PsiModerate, "drift.psi_bands", "0 < moderate < major");
        Require(MinCurrentSample >= 1, "drift.min_current_sample", "a count ≥ 1");
        Require(LargeSampleRows >= 1, "drift.large_sample_rows", "a count ≥ 1");
        Require(MinEffectSize >= 0, "drift.min_effect_size", "an effect size ≥ 0");
        Require(MissingShareIncrease is > 0 and <= 1, "drift.missing_share_increase", "a share in (0, 1]");
        foreach (var (name, options) in Columns)
        {
            if (options.Threshold is { } threshold)
            {
                var hypothesis = options.Test?.IsHypothesisTest() ?? false;
                Require(hypothesis ? threshold is > 0 and < 1 : threshold > 0, $"drift.columns.{name}.threshold",
                    hypothesis ? "a p-value in (0, 1)" : "a positive number");
            }
        }
    }
}
