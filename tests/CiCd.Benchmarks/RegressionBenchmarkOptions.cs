using System.Globalization;

namespace CiCd.Benchmarks;

/// <summary>
/// The regression benchmark's command line: <c>[--repeats R] [--fold-seeds a,b,…] [--candidates] [--json F] [config…]</c>.
/// Repeat r cuts the rows with fold seed r + 1 unless <c>--fold-seeds</c> names them, so every config on the same data
/// set is scored on the same cuts whatever its own seed (the seed still drives its inner CV and its trainers).
/// </summary>
internal sealed record RegressionBenchmarkOptions(IReadOnlyList<string> Configs, IReadOnlyList<int> FoldSeeds, string Json, bool Candidates)
{
    public const int Folds = 5;

    private const int DefaultRepeats = 5;

    public static RegressionBenchmarkOptions Parse(IReadOnlyList<string> arguments)
    {
        var valued = new[] { "--json", "--repeats", "--fold-seeds" };
        var configs = arguments.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !valued.Contains(arguments[i - 1]))).ToList();
        var repeats = Option(arguments, "--repeats") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : DefaultRepeats;
        var seeds = Option(arguments, "--fold-seeds") is { } s
            ? s.Split(',').Select(seed => int.Parse(seed, CultureInfo.InvariantCulture)).ToList()
            : Enumerable.Range(1, repeats).ToList();
        if (seeds.Count == 0 || seeds.Distinct().Count() != seeds.Count)
        {
            throw new ArgumentException($"the fold seeds must be distinct and at least one: {string.Join(",", seeds)}");
        }
        return new RegressionBenchmarkOptions(
            configs.Count > 0 ? configs : ["examples/diabetes/mlops.yaml", "examples/cpu/mlops.yaml"],
            seeds,
            Option(arguments, "--json") ?? Path.Combine("artifacts", "benchmarks", "regression.json"),
            arguments.Contains("--candidates"));
    }

    private static string? Option(IReadOnlyList<string> arguments, string name)
    {
        var at = arguments.ToList().IndexOf(name);
        return at >= 0 && at + 1 < arguments.Count ? arguments[at + 1] : null;
    }
}
