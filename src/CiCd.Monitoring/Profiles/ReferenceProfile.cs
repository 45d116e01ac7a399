namespace CiCd.Monitoring.Profiles;

/// <summary>The stored description of a model's reference (training) data, one profile per column: the recorded schema.</summary>
public sealed record ReferenceProfile
{
    /// <summary>The format written by this version; readers reject other versions.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Format of this document.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>Rows in the reference data.</summary>
    public required long RowCount { get; init; }

    /// <summary>The columns in their original order.</summary>
    public required IReadOnlyList<ColumnProfile> Columns { get; init; }

    /// <summary>The options the profile was built with.</summary>
    public required ProfileOptions Options { get; init; }
}
