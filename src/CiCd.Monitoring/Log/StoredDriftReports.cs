using System.Globalization;
using CiCd.Formats;
using CiCd.Monitoring.Analysis;
using CiCd.Tracking.Store;

namespace CiCd.Monitoring.Log;

/// <summary>
/// Drift reports kept in the prediction log's database (<c>mlops drift --log postgresql://…</c> saves each), so every
/// replica's dashboard shows the same reports of the whole service's traffic without a shared folder.
/// </summary>
public static class StoredDriftReports
{
    /// <summary>The table.</summary>
    public const string Table = "drift_reports";

    /// <summary>Saves <paramref name="report"/> (creating or upgrading the log's schema first).</summary>
    public static void Save(PredictionLogLocation location, DriftReport report)
    {
        PredictionLogDatabase.Migrate(location);
        using var connection = PredictionLogDatabase.Connect(location);
        using var transaction = connection.BeginTransaction();
        transaction.Execute($"INSERT INTO {Table} (generated_utc, report_json) VALUES (@at, @json)",
            ("@at", PredictionLogLayout.FormatTime(report.GeneratedUtc)), ("@json", JsonReport.Serialize(report)));
        transaction.Commit();
    }

    /// <summary>The newest <paramref name="count"/> reports as stored (id and JSON), oldest first.</summary>
    public static IReadOnlyList<(long Id, string Json)> Latest(PredictionLogLocation location, int count)
    {
        using var connection = PredictionLogDatabase.Connect(location);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT id, report_json FROM {Table} ORDER BY generated_utc DESC, id DESC LIMIT {count.ToString(CultureInfo.InvariantCulture)}";
        var reports = new List<(long, string)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                reports.Add((Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), reader.GetString(1)));
            }
        }
        reports.Reverse();
        return reports;
    }
}
