using System.Text.RegularExpressions;
using CiCd.Testing;

namespace CiCd.Workflows.Tests.Cake;

/// <summary>
/// The tasks of build/*.cake and what each depends on, read from the scripts (<c>Task("X")…IsDependentOn("Y")</c>), so
/// a test sees what a step really runs: <c>--target Release</c> runs Build too when a dependency of Release needs it.
/// </summary>
public sealed partial class CakeTargets
{
    private readonly Dictionary<string, List<string>> _dependencies;

    private CakeTargets(Dictionary<string, List<string>> dependencies) => _dependencies = dependencies;

    /// <summary>The repository's build scripts.</summary>
    public static CakeTargets Load() =>
        Parse(Directory.EnumerateFiles(RepositoryRoot.PathOf("build"), "*.cake").Order(StringComparer.Ordinal).Select(File.ReadAllText));

    /// <summary>Each <c>Task("X")</c> owns the <c>.IsDependentOn("Y")</c> calls up to the next task.</summary>
    public static CakeTargets Parse(IEnumerable<string> scripts)
    {
        var dependencies = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var script in scripts)
        {
            var tasks = TaskDeclaration().Matches(script);
            for (var i = 0; i < tasks.Count; i++)
            {
                var end = i + 1 < tasks.Count ? tasks[i + 1].Index : script.Length;
                var body = script[tasks[i].Index..end];
                var name = tasks[i].Groups[1].Value;
                if (!dependencies.TryAdd(name, [.. DependsOn().Matches(body).Select(m => m.Groups[1].Value)]))
                {
                    throw new InvalidOperationException($"task {name} is declared twice in build/*.cake");
                }
            }
        }
        return new CakeTargets(dependencies);
    }

    public IReadOnlyCollection<string> Names => _dependencies.Keys;

    public IReadOnlyList<string> DependenciesOf(string target) =>
        _dependencies.TryGetValue(target, out var direct) ? direct : throw new KeyNotFoundException($"no task {target} in build/*.cake");

    /// <summary>Every task <c>--target <paramref name="target"/></c> runs: itself and, unless --exclusive, all it depends on.</summary>
    public IReadOnlySet<string> Runs(string target, bool exclusive = false)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([target]);
        while (pending.TryPop(out var next))
        {
            if (seen.Add(next) && !exclusive)
            {
                foreach (var dependency in DependenciesOf(next))
                {
                    pending.Push(dependency);
                }
            }
        }
        return seen;
    }

    /// <summary>The tasks a workflow step's <c>./build.sh --target X [--exclusive]</c> calls run.</summary>
    public IReadOnlySet<string> RunsOf(string run)
    {
        var tasks = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match call in BuildCall().Matches(run))
        {
            tasks.UnionWith(Runs(call.Groups["target"].Value, call.Groups["exclusive"].Success));
        }
        return tasks;
    }

    [GeneratedRegex(@"\bTask\(\s*""([A-Za-z]+)""\s*\)")]
    private static partial Regex TaskDeclaration();

    [GeneratedRegex(@"\.IsDependentOn\(\s*""([A-Za-z]+)""\s*\)")]
    private static partial Regex DependsOn();

    [GeneratedRegex(@"\./build\.sh --target[ =](?<target>[A-Za-z]+)(?<exclusive> --exclusive)?")]
    private static partial Regex BuildCall();
}
