using System.Text.RegularExpressions;
using CiCd.Errors;

namespace CiCd.Image.Distribution;

/// <summary>
/// A repository (<c>host:port/path</c> or a local name) with an optional tag or digest, parsed the way the engine
/// reads it: the first path part is a registry host when it holds a dot or a colon or is <c>localhost</c>.
/// </summary>
public sealed partial record ImageReference(string Repository, string? Tag, string? Digest)
{
    /// <summary>Parses <c>repo</c>, <c>repo:tag</c> or <c>repo@sha256:…</c>; anything else is an input error.</summary>
    public static ImageReference Parse(string text)
    {
        var match = Shape().Match(text);
        if (!match.Success)
        {
            throw new InputException($"'{text}' is not an image reference (repository[:tag] or repository@sha256:digest, lowercase repository)");
        }
        return new ImageReference(match.Groups["repo"].Value,
            match.Groups["tag"].Success ? match.Groups["tag"].Value : null,
            match.Groups["digest"].Success ? match.Groups["digest"].Value : null);
    }

    /// <summary>True when <paramref name="tag"/> is a tag a registry accepts: a letter, digit or underscore, then up to 127 of those, dots and dashes.</summary>
    public static bool IsTag(string tag) => TagShape().IsMatch(tag);

    /// <summary>The registry host (with port) when the repository names one; null for a local-only name.</summary>
    public string? RegistryHost
    {
        get
        {
            var slash = Repository.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0)
            {
                return null;
            }
            var first = Repository[..slash];
            return first.Contains('.', StringComparison.Ordinal) || first.Contains(':', StringComparison.Ordinal) || first == "localhost" ? first : null;
        }
    }

    /// <summary>The repository path inside its registry (what the registry API calls the name).</summary>
    public string PathInRegistry => RegistryHost is { } host ? Repository[(host.Length + 1)..] : Repository;

    /// <summary>The same repository with <paramref name="tag"/>.</summary>
    public ImageReference WithTag(string tag) => this with { Tag = tag, Digest = null };

    /// <summary>The same repository pinned to <paramref name="digest"/>.</summary>
    public ImageReference WithDigest(string digest) => this with { Tag = null, Digest = digest };

    /// <inheritdoc />
    public override string ToString() =>
        Digest is not null ? $"{Repository}@{Digest}" : Tag is not null ? $"{Repository}:{Tag}" : Repository;

    [GeneratedRegex(@"^(?<repo>(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:[._-][a-z0-9]+)*(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)*)(?::(?<tag>[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(?:@(?<digest>sha256:[a-f0-9]{64}))?\z")]
    private static partial Regex Shape();

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}\z")]
    private static partial Regex TagShape();
}
