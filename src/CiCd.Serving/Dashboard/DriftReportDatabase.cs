using System.Data.Common;
using System.Text.Json;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Monitoring.Analysis;
using CiCd.Monitoring.Log;
using CiCd.Serving.Hosting;
using Microsoft.Extensions.Options;

namespace CiCd.Serving.Dashboard;

/// <summary>
/// The drift reports kept in a PostgreSQL prediction log (<c>mlops drift --log postgresql://…</c> saves them), for a
/// service logging there and given no reports folder: every replica then shows the same reports, of the whole
/// service's traffic. A report is parsed once (by its id); a database that cannot be read is reported, never thrown.
/// </summary>
public sealed class DriftReportDatabase(IOptions<PredictionLogOptions> options)
{
    private const int Shown = 100;

    private readonly Lock _gate = new();
    private Dictionary<long, StoredReport?> _parsed = [];

    /// <summary>The log's location when it is a PostgreSQL database, else null.</summary>
    public PredictionLogLocation? Location { get; } = Postgres(options.Value);

    /// <summary>The newest reports, oldest first.</summary>
    public DriftHistory Read()
    {
        var location = Location ?? throw new InvalidOperationException("the prediction log is not a PostgreSQL database");
        var name = location.ToString();
        IReadOnlyList<(long Id, string Json)> rows;
        try
        {
            rows = StoredDriftReports.Latest(location, Shown);
        }
        catch (Exception e) when (e is DbException or MlopsException)
        {
            return DriftHistory.Empty(name, $"The drift reports in the prediction log {name} cannot be read ({e.Message}). Save one with: mlops drift --log {name}.");
        }
        if (rows.Count == 0)
        {
            return DriftHistory.Empty(name, $"No drift report in the prediction log {name} yet. Run: mlops drift --log {name}.");
        }
        lock (_gate)
        {
            _parsed = rows.ToDictionary(r => r.Id, r => _parsed.TryGetValue(r.Id, out var known) ? known : Parse(name, r.Id, r.Json));
            var reports = rows.Select(r => _parsed[r.Id]).OfType<StoredReport>().OrderBy(r => r.Report.GeneratedUtc).ToList();
            var problems = rows.Where(r => _parsed[r.Id] is null).Select(r => new DriftFileProblem($"{name} drift_reports id {r.Id}", "not a valid drift report")).ToList();
            return new DriftHistory(name, reports, problems, reports.Count == 0 ? $"No readable drift report in the prediction log {name}." : null,
                string.Join('|', rows.Select(r => r.Id)));
        }
    }

    private static StoredReport? Parse(string name, long id, string json)
    {
        try
        {
            return JsonSerializer.Deserialize<DriftReport>(json, JsonReport.Options) is { } report ? new StoredReport($"{name} (report {id})", report) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static PredictionLogLocation? Postgres(PredictionLogOptions settings)
    {
        if (settings.Location.Length == 0)
        {
            return null;
        }
        var location = PredictionLogLocation.Parse(settings.Location, "PredictionLog:Uri", commandLine: false);
        return location.IsPostgres ? location : null;
    }
}
