using System.Text.Json;
using CiCd.Errors;
using CiCd.Monitoring.Data;
using CiCd.Monitoring.Log;
using CiCd.Monitoring.Predictions;
using CiCd.Monitoring.Profiles;

namespace CiCd.Monitoring.Current;

/// <summary>Logged predictions as current data: inputs from <c>inputs_json</c>, answers from <c>output_label</c> and <c>output_json</c>.</summary>
public sealed class LogCurrentData : ICurrentData
{
    private readonly IReadOnlyList<PredictionRecord> _records;
    private readonly Dictionary<string, JsonElement>[] _inputs;
    private readonly PredictionSpec? _spec;

    /// <summary>Parses each record's inputs once; a record whose inputs are not a JSON object is bad input.</summary>
    public LogCurrentData(string source, IReadOnlyList<PredictionRecord> records, PredictionSpec? spec)
    {
        Source = source;
        _records = records;
        _spec = spec;
        _inputs = [.. records.Select(r => ParseInputs(source, r))];
        ColumnNames = [.. _inputs.SelectMany(i => i.Keys).Distinct(StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public string Source { get; }

    /// <inheritdoc />
    public int RowCount => _records.Count;

    /// <inheritdoc />
    public IReadOnlyList<string> ColumnNames { get; }

    /// <inheritdoc />
    public DateTimeOffset? TimeOf(int row) => _records[row].Timestamp;

    /// <inheritdoc />
    public string KeyOf(int row) => _records[row].RequestId;

    /// <inheritdoc />
    public IReadOnlyList<DataColumn> Columns(IReadOnlyList<SchemaColumn> schema, IReadOnlyList<int> rows)
    {
        var known = ColumnNames.ToHashSet(StringComparer.Ordinal);
        return [.. schema.Where(c => known.Contains(c.Name)).Select(c => Column(c, rows))];
    }

    /// <inheritdoc />
    public PredictedRow? PredictionOf(int row)
    {
        if (_spec is null)
        {
            return null;
        }
        var record = _records[row];
        if (_spec.IsRegression)
        {
            return Value(record);
        }
        var probabilities = LoggedProbabilities.Read(Source, record, _spec.Classes);
        return probabilities is null
            ? record.OutputLabel is null ? null : new PredictedRow(record.OutputLabel, double.NaN, null)
            : _spec.FromProbabilities(probabilities, record.OutputLabel);
    }

    // A regression's answer is its predicted number, logged as round-trip text in the label column.
    private PredictedRow? Value(PredictionRecord record)
    {
        if (string.IsNullOrWhiteSpace(record.OutputLabel))
        {
            return null;
        }
        return CiCd.Data.NumberText.TryParse(record.OutputLabel, out var value)
            ? PredictedRow.Number(value)
            : throw new InputException(Source, null, null,
                $"request '{record.RequestId}': {PredictionLogLayout.OutputLabel} '{record.OutputLabel}' is not a finite number, but the model is a regression");
    }

    private DataColumn Column(SchemaColumn column, IReadOnlyList<int> rows)
    {
        if (column.Kind == ColumnKind.Numeric)
        {
            return new NumericColumn(column.Name, [.. rows.Select(r => Number(r, column.Name))]);
        }
        return new CategoricalColumn(column.Name, [.. rows.Select(r => Text(r, column.Name))]);
    }

    private double Number(int row, string name)
    {
        if (!_inputs[row].TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return double.NaN;
        }
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetDouble();
        }
        if (value.ValueKind == JsonValueKind.String && (value.GetString() is not { } text || CiCd.Data.MissingValues.IsMissing(text)))
        {
            return double.NaN;
        }
        return value.ValueKind == JsonValueKind.String && CiCd.Data.NumberText.TryParse(value.GetString()!, out var parsed)
            ? parsed
            : throw new InputException(Source, null, null,
                $"request '{_records[row].RequestId}': {name} = {value.GetRawText()} is not a number, but '{name}' is numeric in the reference");
    }

    private string? Text(int row, string name) =>
        _inputs[row].TryGetValue(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => CiCd.Data.MissingValues.IsMissing(value.GetString()) ? null : value.GetString()!.Trim(),
            _ => value.GetRawText(),
        } : null;

    private static Dictionary<string, JsonElement> ParseInputs(string source, PredictionRecord record)
    {
        try
        {
            using var document = JsonDocument.Parse(record.InputsJson);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InputException(source, null, null, $"request '{record.RequestId}': {PredictionLogLayout.InputsJson} must be a JSON object of feature values");
            }
            return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
        }
        catch (JsonException e)
        {
            throw new InputException(source, null, null, $"request '{record.RequestId}': {PredictionLogLayout.InputsJson} is not valid JSON: {e.Message}", e);
        }
    }
}
