using System.Text.RegularExpressions;
using CiCd.Testing;

namespace CiCd.Workflows.Tests.Deploy;

/// <summary>What the repository's Dockerfile says the container is: its port, its user and its environment.</summary>
public static partial class ServingImage
{
    private static readonly Lazy<IReadOnlyList<(string Instruction, string Arguments)>> Lines = new(Read);

    /// <summary>The one EXPOSEd port.</summary>
    public static int Port => int.Parse(Lines.Value.Single(l => l.Instruction == "EXPOSE").Arguments, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>USER, as uid and gid.</summary>
    public static (long Uid, long Gid) User
    {
        get
        {
            var parts = Lines.Value.Single(l => l.Instruction == "USER").Arguments.Split(':');
            return (long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), long.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The ENV pairs (name=value, continuation lines joined).</summary>
    public static IReadOnlyDictionary<string, string> Environment =>
        Lines.Value.Where(l => l.Instruction == "ENV").SelectMany(l => EnvPair().Matches(l.Arguments))
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);

    private static IReadOnlyList<(string Instruction, string Arguments)> Read()
    {
        var text = Continuation().Replace(File.ReadAllText(RepositoryRoot.PathOf("Dockerfile")), " ");
        return [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', 2)).Select(p => (p[0].ToUpperInvariant(), p.Length > 1 ? p[1].Trim() : ""))];
    }

    [GeneratedRegex(@"\\\r?\n")]
    private static partial Regex Continuation();

    [GeneratedRegex(@"(?<name>[A-Za-z_][A-Za-z0-9_]*)=(?<value>\S+)")]
    private static partial Regex EnvPair();
}
