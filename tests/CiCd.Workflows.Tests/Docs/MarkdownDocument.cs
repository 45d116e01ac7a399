using System.Text.RegularExpressions;

namespace CiCd.Workflows.Tests.Docs;

/// <summary>
/// A Markdown file read the way GitHub renders it, as far as links go: its relative links and the anchors of its
/// headings. Fenced code blocks and inline code are left out, so a `# comment` in a shell block is no heading and a
/// `[x](y)` in code is no link.
/// </summary>
internal sealed partial class MarkdownDocument
{
    private MarkdownDocument(string path, IReadOnlyList<(int Line, string Text)> prose)
    {
        Path = path;
        Prose = prose;
    }

    /// <summary>The file, as given.</summary>
    public string Path { get; }

    private IReadOnlyList<(int Line, string Text)> Prose { get; }

    /// <summary>Reads <paramref name="path"/>, dropping fenced code blocks.</summary>
    public static MarkdownDocument Read(string path)
    {
        var prose = new List<(int, string)>();
        var fenced = false;
        foreach (var (text, index) in File.ReadAllLines(path).Select((text, index) => (text, index)))
        {
            if (text.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
                continue;
            }
            if (!fenced)
            {
                prose.Add((index + 1, text));
            }
        }
        return new MarkdownDocument(path, prose);
    }

    /// <summary>Every link target that is not a URL with a scheme (http:, https:, mailto:), with its line.</summary>
    public IEnumerable<(int Line, string Target)> RelativeLinks() =>
        from line in Prose
        from Match link in Link().Matches(InlineCode().Replace(line.Text, ""))
        let target = link.Groups["target"].Value
        where !Scheme().IsMatch(target)
        select (line.Line, target);

    /// <summary>The anchors GitHub gives the headings: lower case, punctuation dropped, spaces as '-', repeats numbered.</summary>
    public IReadOnlySet<string> Anchors()
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, text) in Prose)
        {
            if (Heading().Match(text) is not { Success: true } heading)
            {
                continue;
            }
            var slug = Slug(heading.Groups["title"].Value);
            var count = seen.GetValueOrDefault(slug);
            seen[slug] = count + 1;
            anchors.Add(count == 0 ? slug : $"{slug}-{count}");
        }
        return anchors;
    }

    private static string Slug(string title) =>
        string.Concat(title.Trim().ToLowerInvariant()
            .Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')
            .Select(c => c == ' ' ? '-' : c));

    [GeneratedRegex(@"\[[^\]]*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^#{1,6}\s+(?<title>.+?)\s*#*\s*$")]
    private static partial Regex Heading();
}
