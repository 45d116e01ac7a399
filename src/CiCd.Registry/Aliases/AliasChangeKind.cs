namespace CiCd.Registry.Aliases;

/// <summary>Why an alias moved.</summary>
public enum AliasChangeKind
{
    /// <summary>Moved to a chosen version.</summary>
    Promote,

    /// <summary>Moved back to the version it held before the last promotion.</summary>
    Rollback,
}
