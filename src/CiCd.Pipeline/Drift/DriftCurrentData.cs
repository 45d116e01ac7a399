using System.Globalization;
using CiCd.Errors;
using CiCd.Monitoring.Analysis;
using CiCd.Monitoring.Current;
using CiCd.Monitoring.Data;
using CiCd.Monitoring.Log;
using CiCd.Monitoring.Predictions;
using CiCd.Monitoring.Profiles;

namespace CiCd.Pipeline.Drift;

/// <summary>The current data of a drift request: a CSV read in the reference's schema, or the prediction log's rows in a time range.</summary>
internal static class DriftCurrentData
{
    public static ICurrentData Read(DriftRequest request, PredictionSpec? spec, ReferenceProfile profile)
    {
        var (csv, log) = (request.Current, request.Log);
        if ((csv is null) == (log is null))
        {
            throw new InputException("give the current data as exactly one of --current <csv> or --log <prediction-log.sqlite>");
        }
        if (csv is not null)
        {
            if (request.Window is not null || request.Since is not null || request.Until is not null)
            {
                throw new InputException("--window, --since and --until need time-stamped rows: use --log with the prediction log");
            }
            // Typed columns of the reference's schema, read in one pass: no string per cell at a million rows.
            return ColumnarCurrentData.Read(csv, [.. profile.Columns.Select(c => new SchemaColumn(c.Name, c.Kind))], spec);
        }
        var from = Time(request.Since, "--since");
        var to = Time(request.Until, "--until");
        var source = LogSource(log!);
        var records = source.Read(from, to);
        if (records.Count == 0)
        {
            throw new InputException(source.Name, null, null, $"the prediction log holds no predictions{Range(from, to)}: nothing to compare (an empty window)");
        }
        return new LogCurrentData(source.Name, records, spec);
    }

    // A file keeps the name it was given in messages; a database is named by its URI without the password.
    public static PredictionLogReader Reader(string log) => new(PredictionLogLocation.Parse(log, "--log", commandLine: true));

    public static DateTimeOffset? Time(string? text, string option) =>
        text is null ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : throw new InputException($"{option}: '{text}' is not an ISO-8601 time such as 2026-11-24 or 2026-11-24T06:00:00Z");

    private static IPredictionLogSource LogSource(string log)
    {
        var reader = Reader(log);
        return reader.Name.Contains("://", StringComparison.Ordinal) ? reader : new SqlitePredictionLog(log);
    }

    private static string Range(DateTimeOffset? from, DateTimeOffset? to) =>
        (from, to) switch
        {
            (null, null) => "",
            (_, null) => $" from {ReportText.Time(from)} on",
            (null, _) => $" before {ReportText.Time(to)}",
            _ => $" between {ReportText.Time(from)} and {ReportText.Time(to)}",
        };
}
