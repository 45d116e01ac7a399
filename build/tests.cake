// What the Test target prints after the tests: the slowest tests of the run, read from the .trx files it wrote, so the
// next person to speed up CI starts from figures. Loaded by build.cake.
using System.Xml.Linq;

public static void PrintSlowestTests(ICakeContext context, DirectoryPath results, int count)
{
    XNamespace trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
    var tests = context.GetFiles($"{results}/*.trx")
        .SelectMany(file => ReadTestResults(context, file).Descendants(trx + "UnitTestResult")
            .Select(result => (Name: (string)result.Attribute("testName"), Project: file.GetFilenameWithoutExtension().ToString(),
                Duration: TimeSpan.TryParse((string)result.Attribute("duration"), System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : TimeSpan.Zero)))
        .OrderByDescending(test => test.Duration)
        .Take(count)
        .ToList();
    context.Information($"Slowest {tests.Count} tests:");
    foreach (var test in tests)
    {
        context.Information($"  {test.Duration.TotalSeconds,7:0.0} s  {test.Project}  {test.Name}");
    }
}

// The failed tests of the run, "Project: test", read from the .trx files, so the error that ends a failed run names them:
// CI keeps only the end of a run's output, far below the lines where `dotnet test` printed each failure.
public static IReadOnlyList<string> FailedTests(ICakeContext context, DirectoryPath results)
{
    XNamespace trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
    return context.GetFiles($"{results}/*.trx")
        .SelectMany(file => ReadTestResults(context, file).Descendants(trx + "UnitTestResult")
            .Where(result => (string)result.Attribute("outcome") == "Failed")
            .Select(result => $"{file.GetFilenameWithoutExtension()}: {(string)result.Attribute("testName")}"))
        .Order(StringComparer.Ordinal)
        .ToList();
}

// A test host killed or starved of disk leaves a truncated .trx: the list goes on without it, and says which file, so the
// run's own failure is not hidden behind "Root element is missing".
private static XDocument ReadTestResults(ICakeContext context, FilePath file)
{
    try
    {
        return XDocument.Load(file.FullPath);
    }
    catch (System.Xml.XmlException error)
    {
        context.Warning($"{file.FullPath}: unreadable test results ({error.Message}); its tests are left out of the lists");
        return new XDocument();
    }
}

// Which tests a target runs is chosen by trait, not by project name: the tests of the shipped data and configs carry
// Category=Data (TestCategory in tests/CiCd.Testing); Test runs every test project without them, DataTests only them.
public static class TestSelection
{
    public const string Trait = "Category";
    public const string Data = "Data";

    public static string Only(string category) => $"{Trait}={category}";

    public static string Without(string category) => $"{Trait}!={category}";

    /// <summary>
    /// Whether the Test target runs <paramref name="project"/> whole and without coverage, as DataTests would: a data
    /// project when the data tests join its pool (<paramref name="withDataTests"/>). Every other run leaves them out.
    /// </summary>
    public static bool RunsWhole(FilePath project, bool withDataTests) =>
        withDataTests && DataProjects.Any(data => project.FullPath.EndsWith(data, StringComparison.Ordinal));

    /// <summary>Every xunit project: the folders named *Tests (not CiCd.Testing, the benchmarks or the registry's test writer).</summary>
    public static FilePathCollection Projects(ICakeContext context) => context.GetFiles("tests/*/*Tests.csproj");

    /// <summary>The projects holding Category=Data tests; a test in CiCd.Workflows.Tests checks no other project declares it.</summary>
    public static readonly string[] DataProjects = ["tests/CiCd.DataTests/CiCd.DataTests.csproj"];
}

// Coverage instruments, per test project, only the assemblies the project names in its csproj (CoveredAssemblies, `*`:
// all): instrumenting the fifteen assemblies of every test folder cost each project ~5 CPU s, with 5 MB of report, for
// lines other projects cover anyway. The lists keep the merged report's covered lines (each names its own source
// project and those where its tests reach lines no other project does); a Workflows test checks every project has one.
public static class CoverageScope
{
    public const string Property = "CoveredAssemblies";

    /// <summary>The `dotnet test` arguments that collect coverage, limited to the project's assemblies unless it says `*`.</summary>
    public static string Arguments(FilePath project)
    {
        const string collect = "--collect \"XPlat Code Coverage\"";
        var assemblies = System.Xml.Linq.XDocument.Load(project.FullPath).Descendants(Property).SingleOrDefault()?.Value.Trim()
            ?? throw new CakeException($"{project}: no <{Property}> (the assemblies the Test target's coverage instruments; `*` for all)");
        if (assemblies == "*")
        {
            return collect;
        }
        var include = string.Join(",", assemblies.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(name => $"[{name}]*"));
        return $"{collect} -- DataCollectionRunSettings.DataCollectors.DataCollector.Configuration.Include={include}";
    }
}

// Runs test projects `parallelism` at a time, slowest first (they set the run's length), each to the end even when
// another fails; out/tests/running.txt names those running (.ci/run names them when the run overstays its limit).
// Returns the projects that failed; prints each project's seconds.
public static IReadOnlyList<string> RunTestProjects(ICakeContext context, IEnumerable<FilePath> projects, int parallelism,
    DirectoryPath results, Action<FilePath> test)
{
    var slowFirst = new[] { "CiCd.Image.Tests", "CiCd.Workflows.Tests", "CiCd.Serving.Tests", "CiCd.Cli.Tests" };
    var ordered = projects.OrderBy(project => Array.IndexOf(slowFirst, project.GetFilenameWithoutExtension().ToString()) is var i and >= 0 ? i : slowFirst.Length)
        .ThenBy(project => project.FullPath, StringComparer.Ordinal)
        .ToList();
    var running = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>();
    var failed = new System.Collections.Concurrent.ConcurrentBag<string>();
    var seconds = new System.Collections.Concurrent.ConcurrentDictionary<string, double>();
    var runningFile = results.CombineWithFilePath("running.txt").FullPath;
    var gate = new object();
    void WriteRunning()
    {
        lock (gate)
        {
            System.IO.File.WriteAllText(runningFile, string.Join(", ", running.Keys.Order(StringComparer.Ordinal)));
        }
    }
    System.Threading.Tasks.Parallel.ForEach(ordered, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, project =>
    {
        var name = project.GetFilenameWithoutExtension().ToString();
        running[name] = true;
        WriteRunning();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            test(project);
        }
        catch (CakeException)
        {
            failed.Add(name);
        }
        finally
        {
            seconds[name] = clock.Elapsed.TotalSeconds;
            running.TryRemove(name, out _);
            WriteRunning();
        }
    });
    context.DeleteFile(runningFile);
    context.Information($"Test projects ({Math.Max(1, parallelism)} at a time), seconds each:");
    foreach (var (name, time) in seconds.OrderByDescending(entry => entry.Value))
    {
        context.Information($"  {time,7:0.0} s  {name}");
    }
    return failed.Order(StringComparer.Ordinal).ToList();
}
