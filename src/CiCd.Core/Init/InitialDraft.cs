namespace CiCd.Init;

/// <summary>The config text <c>mlops init</c> writes and the warnings it prints with it (also written as comments).</summary>
public sealed record InitialDraft(string Text, IReadOnlyList<string> Warnings);
