namespace CiCd.Registry.Aliases;

/// <summary>One entry of an alias's append-only history: when, from which version, to which, who and why.</summary>
public sealed record AliasChange(
    string Alias,
    AliasChangeKind Kind,
    int? From,
    int To,
    DateTimeOffset At,
    string By,
    string Reason);
