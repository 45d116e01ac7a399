using System.Globalization;
using System.Text.Json;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Errors;
using CiCd.Monitoring.Log;
using CiCd.Validate;

namespace CiCd.Monitoring.Snapshots;

/// <summary>
/// The next training set: the base rows, then the labelled production rows of a log window (features as logged, the
/// target from the delayed label), each distinct row once, validated against the config and fingerprinted.
/// </summary>
public static class TrainingSnapshot
{
    /// <summary>
    /// Builds the snapshot in memory from the log's window and its delayed labels (one <see cref="PredictionLogReader"/>
    /// serves both, on SQLite or PostgreSQL); nothing is written (the caller writes it only when validation passed).
    /// </summary>
    public static (CsvTable Table, ValidationReport Validation, SnapshotProvenance Provenance) Build(
        MlopsConfig config, string basePath, IPredictionLogSource log, IPredictionLabelSource labelSource,
        DateTimeOffset since, DateTimeOffset? until, string outPath)
    {
        if (until is { } end && end <= since)
        {
            throw new InputException($"--until ({end:O}) must be after --since ({since:O})");
        }
        var dataset = config.Dataset;
        var baseTable = CsvReader.Read(basePath);
        var header = baseTable.Header;
        var target = baseTable.IndexOf(dataset.Target);
        if (target < 0)
        {
            throw new InputException(basePath, 1, null, $"no target column '{dataset.Target}' in the header");
        }
        var numeric = header.Select(h => dataset.Features.Any(f => f.Name == h && f.IsNumeric)).ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<CsvRow>();
        foreach (var row in baseTable.Rows)
        {
            // Duplicates already in the base are the validator's to report (DuplicateRowsRule), not silently dropped here.
            seen.Add(Key(row.Values, numeric));
            rows.Add(row);
        }
        var records = log.Read(since, until);
        var labels = labelSource.ReadLabels();
        var labelled = 0;
        var duplicates = 0;
        var perDay = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var perVersion = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var requests = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (!labels.TryGetValue(record.RequestId, out var label))
            {
                continue;
            }
            labelled++;
            var values = Values(record, header, target, label.Label, log.Name);
            if (!requests.Add(record.RequestId) || !seen.Add(Key(values, numeric)))
            {
                duplicates++;
                continue;
            }
            rows.Add(new CsvRow(rows.Count + 2, values));
            Count(perDay, record.Timestamp.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Count(perVersion, record.ModelVersion);
        }
        var table = new CsvTable(outPath, header, rows);
        var validation = DataValidator.Validate(table, dataset, config.Validation);
        var added = rows.Count - baseTable.Rows.Count;
        var provenance = new SnapshotProvenance(outPath, validation.Fingerprint, rows.Count,
            new SnapshotBase(basePath, baseTable.Rows.Count, DatasetFingerprint.Compute(baseTable, dataset)),
            new SnapshotProduction(log.Name, since, until, records.Count, labelled, added, duplicates, perDay, perVersion),
            DateTimeOffset.UtcNow);
        return (table, validation, provenance);
    }

    private static string?[] Values(PredictionRecord record, IReadOnlyList<string> header, int target, string label, string log)
    {
        using var inputs = ParseInputs(record, log);
        var values = new string?[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            if (i == target)
            {
                values[i] = label;
                continue;
            }
            values[i] = inputs.RootElement.TryGetProperty(header[i], out var value) ? Text(value)
                : throw new InputException(log, null, null, $"request {record.RequestId}: the logged inputs have no '{header[i]}' (a column of the base data)");
        }
        return values;
    }

    private static JsonDocument ParseInputs(PredictionRecord record, string log)
    {
        try
        {
            var document = JsonDocument.Parse(record.InputsJson);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }
            document.Dispose();
        }
        catch (JsonException)
        {
            // Reported below with the request id, as the inputs are not an object either way.
        }
        throw new InputException(log, null, null, $"request {record.RequestId}: inputs_json is not a JSON object");
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };

    // Equal rows compare equal whatever the number's spelling (6, 6.0): numbers in round-trip form, as the fingerprint does.
    private static string Key(string?[] values, bool[] numeric) =>
        string.Join('\u001f', values.Select((v, i) => numeric[i] && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d.ToString("R", CultureInfo.InvariantCulture) : v ?? "\u2205"));

    private static void Count(SortedDictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
