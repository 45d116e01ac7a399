namespace CiCd.Data.Profiling;

/// <summary>The exploratory report of one data file: overview, columns, the target, associations, correlations and alerts.</summary>
public sealed record DataProfile
{
    /// <summary>The data file.</summary>
    public required string Source { get; init; }

    /// <summary>The data set's name.</summary>
    public required string Name { get; init; }

    /// <summary>When the profile was made.</summary>
    public required DateTimeOffset GeneratedUtc { get; init; }

    /// <summary>Counts, missing values, duplicates, memory and fingerprint.</summary>
    public required ProfileOverview Overview { get; init; }

    /// <summary>The target's classes.</summary>
    public required TargetSummary Target { get; init; }

    /// <summary>Every profiled column, in file order.</summary>
    public required IReadOnlyList<ColumnProfile> Columns { get; init; }

    /// <summary>Features ranked by normalized mutual information with the target, strongest first.</summary>
    public required IReadOnlyList<TargetAssociation> Associations { get; init; }

    /// <summary>Pearson and Spearman over numeric features, Cramér's V over categorical ones.</summary>
    public required IReadOnlyList<CorrelationMatrix> Correlations { get; init; }

    /// <summary>Feature pairs at or above the high-correlation threshold.</summary>
    public required IReadOnlyList<FeaturePair> HighlyCorrelated { get; init; }

    /// <summary>Findings worth a look.</summary>
    public required IReadOnlyList<ProfileAlert> Alerts { get; init; }
}
