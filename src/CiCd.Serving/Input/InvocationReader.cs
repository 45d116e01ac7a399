using System.Text.Json;
using CiCd.Formats;
using CiCd.Serving.Scoring;

namespace CiCd.Serving.Input;

/// <summary>
/// Reads MLflow's scoring protocol: a JSON object with exactly one of <c>dataframe_split</c>,
/// <c>dataframe_records</c>, <c>instances</c> or <c>inputs</c>, and optional <c>params</c>; Python's <c>NaN</c> token is a
/// missing value (<see cref="PythonJson"/>).
/// </summary>
public static class InvocationReader
{
    private static readonly string[] InputKeys = ["dataframe_split", "dataframe_records", "instances", "inputs"];

    /// <summary>Decodes a body: CSV rows are answered with labels; JSON follows the protocol.</summary>
    public static InvocationRequest Read(BodyFormat format, ReadOnlyMemory<byte> body, FeatureSchema schema, int maxRows, CancellationToken cancel = default)
    {
        if (format == BodyFormat.Csv)
        {
            var fromCsv = new SortedSet<string>(StringComparer.Ordinal);
            return new InvocationRequest(BatchReader.FromCsvBody(body, schema, maxRows, fromCsv, cancel), InvocationOutput.Label, fromCsv);
        }
        var rewritten = PythonJson.Rewrite(body, out var offsets);
        using var json = JsonBody.Parse(rewritten, JsonValueBudget.For(schema, maxRows), offsets);
        return Read(json.RootElement, schema, maxRows, cancel);
    }

    /// <summary>Decodes <paramref name="body"/>; a bare list or zero or two input keys is a 400; other keys and params are ignored, as MLflow does.</summary>
    public static InvocationRequest Read(JsonElement body, FeatureSchema schema, int maxRows, CancellationToken cancel = default)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw InputProblemException.Malformed("Wrong body shape",
                $"the body must be a JSON object with one of {string.Join(", ", InputKeys)}; a bare list is ambiguous, wrap it in dataframe_records or instances");
        }
        JsonElement? input = null;
        string? key = null;
        var output = InvocationOutput.Label;
        foreach (var property in body.EnumerateObject())
        {
            if (property.NameEquals("params"))
            {
                output = Params(property.Value);
            }
            else if (InputKeys.Contains(property.Name, StringComparer.Ordinal))
            {
                if (key is not null)
                {
                    throw InputProblemException.Malformed("Wrong body shape", $"the body holds both '{key}' and '{property.Name}'; send exactly one");
                }
                (key, input) = (property.Name, property.Value);
            }
            // Any other key is ignored, as MLflow's server keeps only the input keys and params.
        }
        var value = input ?? throw InputProblemException.Malformed("Wrong body shape", $"the body holds none of {string.Join(", ", InputKeys)}");
        var ignored = new SortedSet<string>(StringComparer.Ordinal);
        var rows = key switch
        {
            "dataframe_split" => Split(value, schema, maxRows, ignored, cancel),
            "inputs" when value.ValueKind == JsonValueKind.Object => Columnar(value, schema, maxRows, ignored, cancel),
            _ when value.ValueKind == JsonValueKind.Array && value.EnumerateArray().FirstOrDefault().ValueKind == JsonValueKind.Array =>
                Positional(value, schema, maxRows, cancel),
            _ => BatchReader.FromRecords(value, schema, maxRows, ignored, cancel),
        };
        return new InvocationRequest(rows, output, ignored);
    }

    // {"columns": [...], "data": [[...], ...], "index": [...]}: pandas' split orientation; the index is ignored.
    private static List<FeatureRow> Split(JsonElement split, FeatureSchema schema, int maxRows, ISet<string> ignored, CancellationToken cancel)
    {
        if (split.ValueKind != JsonValueKind.Object || !split.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            throw InputProblemException.Malformed("Wrong body shape", "dataframe_split must be an object with 'columns' and 'data' (an array of rows)");
        }
        if (!split.TryGetProperty("columns", out var columns) || columns.ValueKind != JsonValueKind.Array ||
            columns.EnumerateArray().Any(c => c.ValueKind != JsonValueKind.String))
        {
            throw InputProblemException.Malformed("Wrong body shape", "dataframe_split needs 'columns', an array of field names");
        }
        var indexes = schema.Columns(columns.EnumerateArray().Select(c => c.GetString()!).ToList(), ignored);
        return Rows(data, maxRows, (record, row) => schema.FromArray(record, indexes, row), cancel);
    }

    // Rows given as arrays of values without names follow the card's field order.
    private static List<FeatureRow> Positional(JsonElement rows, FeatureSchema schema, int maxRows, CancellationToken cancel)
    {
        var order = Enumerable.Range(0, schema.Features.Count).ToArray();
        return Rows(rows, maxRows, (record, row) => schema.FromArray(record, order, row), cancel);
    }

    // {"inputs": {"field": [v0, v1, ...], ...}}: one array per field, all of one length.
    private static List<FeatureRow> Columnar(JsonElement inputs, FeatureSchema schema, int maxRows, ISet<string> ignored, CancellationToken cancel)
    {
        var columns = inputs.EnumerateObject().ToList();
        var indexes = schema.Columns(columns.Select(c => c.Name).ToList(), ignored);
        var bad = columns.FirstOrDefault(c => c.Value.ValueKind != JsonValueKind.Array);
        if (bad.Value.ValueKind != JsonValueKind.Undefined)
        {
            throw new InputProblemException(StatusCodes.Status400BadRequest, "Wrong body shape", $"inputs.{bad.Name} must be an array of values", bad.Name);
        }
        var count = columns[0].Value.GetArrayLength();
        var ragged = columns.FirstOrDefault(c => c.Value.GetArrayLength() != count);
        if (ragged.Value.ValueKind != JsonValueKind.Undefined)
        {
            throw new InputProblemException(StatusCodes.Status400BadRequest, "Wrong body shape",
                $"inputs.{ragged.Name} has {Counted.Of(ragged.Value.GetArrayLength(), "value")} where inputs.{columns[0].Name} has {count}", ragged.Name);
        }
        BatchReader.CheckCount(count, maxRows);
        var rows = Enumerable.Range(0, count).Select(_ => new FeatureRow(schema.Features.Count)).ToList();
        // A negative index is an ignored column (the target).
        for (var c = 0; c < columns.Count; c++)
        {
            if (indexes[c] < 0)
            {
                continue;
            }
            var r = 0;
            foreach (var value in columns[c].Value.EnumerateArray())
            {
                cancel.ThrowIfCancellationRequested();
                schema.SetJson(rows[r], indexes[c], value, r);
                r++;
            }
        }
        return rows;
    }

    private static List<FeatureRow> Rows(JsonElement data, int maxRows, Func<JsonElement, int, FeatureRow> read, CancellationToken cancel)
    {
        if (data.ValueKind != JsonValueKind.Array)
        {
            throw InputProblemException.Malformed("Wrong body shape", "the rows must be a JSON array");
        }
        BatchReader.CheckCount(data.GetArrayLength(), maxRows);
        var rows = new List<FeatureRow>(data.GetArrayLength());
        foreach (var record in data.EnumerateArray())
        {
            // The request timeout stops the work, not only the answer.
            cancel.ThrowIfCancellationRequested();
            rows.Add(read(record, rows.Count));
        }
        return rows;
    }

    private static InvocationOutput Params(JsonElement parameters)
    {
        if (parameters.ValueKind != JsonValueKind.Object)
        {
            throw new InputProblemException(StatusCodes.Status400BadRequest, "Invalid params", "params must be a JSON object", "params");
        }
        var output = InvocationOutput.Label;
        foreach (var parameter in parameters.EnumerateObject())
        {
            // MLflow passes params the model does not take over with a warning; so do we.
            if (!parameter.NameEquals("output"))
            {
                continue;
            }
            output = parameter.Value.ValueKind == JsonValueKind.String && Enum.TryParse<InvocationOutput>(parameter.Value.GetString(), true, out var parsed)
                && Enum.IsDefined(parsed)
                ? parsed
                : throw new InputProblemException(StatusCodes.Status400BadRequest, "Invalid params",
                    "params.output must be one of label, probabilities, full", "params.output");
        }
        return output;
    }
}
