using System.Text.Json;

namespace CiCd.Data.Benchmarks.Scale;

/// <summary>The figures of a scale run, kept in the output folder's scale.json (machine-readable; rewritten as each stage ends).</summary>
internal static class ScaleFigures
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string PathIn(string output) => Path.Combine(output, "scale.json");

    public static List<StageMeasurement> Load(string output) =>
        File.Exists(PathIn(output)) ? JsonSerializer.Deserialize<List<StageMeasurement>>(File.ReadAllText(PathIn(output))) ?? [] : [];

    public static void Save(string output, IReadOnlyList<StageMeasurement> results)
    {
        var temp = PathIn(output) + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(results.OrderBy(r => r.Rows).ThenBy(r => Array.IndexOf(ScaleBenchmark.Stages, r.Stage)), Indented));
        File.Move(temp, PathIn(output), overwrite: true);
    }
}
