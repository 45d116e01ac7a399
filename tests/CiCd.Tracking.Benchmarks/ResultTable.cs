using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CiCd.Tracking.Benchmarks;

/// <summary>Prints the measurements as a table (workloads down, backends across) and as one JSON line.</summary>
internal static class ResultTable
{
    public static string Text(IReadOnlyList<Measurement> results)
    {
        var backends = results.Select(r => r.Backend).Distinct().ToList();
        var workloads = results.Select(r => r.Workload).Distinct().ToList();
        var width = workloads.Max(w => w.Length);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"workload".PadRight(width)} | {string.Join(" | ", backends.Select(b => $"{b + " ms",14}"))}");
        text.AppendLine(new string('-', width + backends.Count * 17));
        foreach (var workload in workloads)
        {
            var cells = backends.Select(b => results.Single(r => r.Workload == workload && r.Backend == b).Milliseconds.ToString("N1", CultureInfo.InvariantCulture));
            text.AppendLine(CultureInfo.InvariantCulture, $"{workload.PadRight(width)} | {string.Join(" | ", cells.Select(c => $"{c,14}"))}");
        }
        return text.ToString();
    }

    public static string Json(IReadOnlyList<Measurement> results, IReadOnlyDictionary<string, object> context) =>
        JsonSerializer.Serialize(new Dictionary<string, object>(context)
        {
            ["benchmark"] = "tracking-store",
            ["results"] = results.Select(r => new { workload = r.Workload, backend = r.Backend, ms = Math.Round(r.Milliseconds, 1) }),
        });
}
