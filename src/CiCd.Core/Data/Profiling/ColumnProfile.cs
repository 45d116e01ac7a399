using System.Text.Json.Serialization;
using CiCd.Configuration;

namespace CiCd.Data.Profiling;

/// <summary>Everything the profile says about one column.</summary>
public sealed record ColumnProfile
{
    /// <summary>The header name.</summary>
    public required string Name { get; init; }

    /// <summary>The kind the config declares; null for a column in the file the config does not name.</summary>
    public required ColumnKind? Declared { get; init; }

    /// <summary>The kind the values suggest.</summary>
    public required ColumnKind Inferred { get; init; }

    /// <summary>Why that kind was inferred.</summary>
    public required string InferredReason { get; init; }

    /// <summary>For an inferred ordinal, the levels from lowest to highest (empty otherwise): what <c>mlops init</c> writes as its <c>order</c>.</summary>
    public IReadOnlyList<string> InferredOrder { get; init; } = [];

    /// <summary>Whether the declared and inferred kinds agree (true when nothing is declared).</summary>
    public required bool KindsAgree { get; init; }

    /// <summary>Rows with no value.</summary>
    public required int Missing { get; init; }

    /// <summary>Missing and missing-looking spellings seen in the file with their counts (an empty field as <c>""</c>).</summary>
    public required IReadOnlyDictionary<string, int> MissingSpellings { get; init; }

    /// <summary>Distinct non-missing values.</summary>
    public required int Distinct { get; init; }

    /// <summary>
    /// Whether the column is binary: a feature with exactly two distinct values (yes/no, 0/1). The config still declares
    /// it categorical or numeric, since both train the same; the profile names it because a binary column reads differently
    /// (its mix against the target is the whole story, and its "distribution" is one share).
    /// </summary>
    public bool Binary => Inferred != ColumnKind.Ignore && Distinct == 2;

    /// <summary>The inferred kind as the reports print it: the kind, with ", binary" for a two-valued column.</summary>
    [JsonIgnore]
    public string InferredText => Inferred.ToString().ToLowerInvariant() + (Binary ? ", binary" : "");

    /// <summary>For a numeric column, its distribution.</summary>
    public NumericSummary? Numeric { get; init; }

    /// <summary>For a categorical or ordinal column, its levels.</summary>
    public CategorySummary? Categories { get; init; }

    /// <summary>Rows and class mix per bin or level.</summary>
    public required IReadOnlyList<TargetMixRow> TargetMix { get; init; }
}
