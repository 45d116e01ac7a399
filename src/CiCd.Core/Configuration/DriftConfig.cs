namespace CiCd.Configuration;

/// <summary>
/// The <c>drift</c> section of mlops.yaml: every number is optional (null keeps the documented
/// default of the drift policy). The monitoring library turns it into its policy and checks the
/// ranges there, pointing at <see cref="Positions"/> when a value is out of range.
/// </summary>
public sealed record DriftConfig
{
    /// <summary>The config file, for messages.</summary>
    public string Source { get; init; } = "mlops.yaml";

    /// <summary>Dataset drift when the drifted share of tested columns reaches this.</summary>
    public double? Share { get; init; }

    /// <summary>p-value threshold of the hypothesis tests.</summary>
    public double? PValue { get; init; }

    /// <summary>Threshold of the distances.</summary>
    public double? Distance { get; init; }

    /// <summary>PSI band edges: moderate from the first, major from the second.</summary>
    public IReadOnlyList<double>? PsiBands { get; init; }

    /// <summary>Fewer current values than this are not tested.</summary>
    public int? MinCurrentSample { get; init; }

    /// <summary>References up to this many rows use hypothesis tests, larger ones distances.</summary>
    public int? SmallReferenceRows { get; init; }

    /// <summary>From this many current values a hypothesis test also needs the minimum effect size.</summary>
    public int? LargeSampleRows { get; init; }

    /// <summary>The smallest effect that counts as drift on large samples.</summary>
    public double? MinEffectSize { get; init; }

    /// <summary>Numeric columns with at most this many distinct values are compared as categories.</summary>
    public int? MaxCategoricalDistinct { get; init; }

    /// <summary>A rise of the missing share by this much is reported.</summary>
    public double? MissingShareIncrease { get; init; }

    /// <summary>Per-column overrides, in file order.</summary>
    public IReadOnlyList<DriftColumnConfig> Columns { get; init; } = [];

    /// <summary>Where each value was written, by its dotted path ("drift.share", "drift.columns.age.test").</summary>
    public IReadOnlyDictionary<string, ConfigPosition> Positions { get; init; } = new Dictionary<string, ConfigPosition>();
}
