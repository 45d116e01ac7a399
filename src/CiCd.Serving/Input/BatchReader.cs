using System.Text.Json;
using CiCd.Data;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Serving.Scoring;

namespace CiCd.Serving.Input;

/// <summary>Reads the rows of a batch, as JSON records or CSV with a header, within the row limit.</summary>
public static class BatchReader
{
    /// <summary>
    /// Most columns a CSV header may name (or the model's width, when larger): far above any model's, and checked before
    /// the body is parsed, so a header of a million names costs a scan of one line, not a parse.
    /// </summary>
    public const int MaxColumns = 10_000;

    /// <summary>The rows of a body: CSV text, or a JSON array of records.</summary>
    public static List<FeatureRow> Read(BodyFormat format, ReadOnlyMemory<byte> body, FeatureSchema schema, int maxRows, CancellationToken cancel = default) =>
        Read(format, body, schema, maxRows, null, cancel);

    /// <summary>The rows of a body: CSV text, or a JSON array of records; the columns ignored (the target) go into <paramref name="ignored"/>.</summary>
    public static List<FeatureRow> Read(BodyFormat format, ReadOnlyMemory<byte> body, FeatureSchema schema, int maxRows, ISet<string>? ignored,
        CancellationToken cancel = default)
    {
        if (format == BodyFormat.Csv)
        {
            return FromCsvBody(body, schema, maxRows, ignored, cancel);
        }
        using var json = JsonBody.Parse(body, JsonValueBudget.For(schema, maxRows));
        return FromRecords(json.RootElement, schema, maxRows, ignored, cancel);
    }

    /// <summary>Every element of <paramref name="records"/>, a JSON array of objects.</summary>
    public static List<FeatureRow> FromRecords(JsonElement records, FeatureSchema schema, int maxRows, ISet<string>? ignored,
        CancellationToken cancel = default)
    {
        if (records.ValueKind != JsonValueKind.Array)
        {
            throw InputProblemException.Malformed("Wrong body shape", "a batch must be a JSON array of records");
        }
        CheckCount(records.GetArrayLength(), maxRows);
        var rows = new List<FeatureRow>(records.GetArrayLength());
        foreach (var record in records.EnumerateArray())
        {
            // The request timeout stops the work, not only the answer.
            cancel.ThrowIfCancellationRequested();
            rows.Add(schema.FromObject(record, rows.Count, ignored));
        }
        return rows;
    }

    /// <summary>The data rows of a CSV body: straight into rows when it is plain, else through the full reader.</summary>
    public static List<FeatureRow> FromCsvBody(ReadOnlyMemory<byte> body, FeatureSchema schema, int maxRows, ISet<string>? ignored,
        CancellationToken cancel = default)
    {
        var text = RequestBody.Text(body);
        CheckWidth(text, schema);
        // Both readers hold every row they parse (a 32 MiB body of empty rows, 1.6 million, took the service from 0.3 to
        // 1.1 GB when the count came after), so both stop after maxRows rows when another follows: a body over the limit
        // costs no more than one at it. An empty batch is left to the readers' messages.
        if (PlainCsvReader.TryRead(text, schema, maxRows, cancel) is not { } rows)
        {
            // The plain path takes a header of the fields only; one with the target column goes here.
            return FromCsv(text, schema, maxRows, ignored, cancel);
        }
        CheckCount(rows.Count, maxRows);
        return rows;
    }

    /// <summary>The data rows of CSV text whose header names the fields.</summary>
    public static List<FeatureRow> FromCsv(string text, FeatureSchema schema, int maxRows, ISet<string>? ignored = null, CancellationToken cancel = default)
    {
        CsvTable table;
        try
        {
            table = CsvReader.Parse("request body", text, maxRows);
        }
        catch (InputException e)
        {
            throw InputProblemException.Malformed("Malformed CSV", e.Message, e.Line is >= 2 and var line ? line - 2 : null, e);
        }
        if (table.MoreRows)
        {
            throw TooManyRows(maxRows);
        }
        CheckCount(table.Rows.Count, maxRows);
        var columns = schema.Columns(table.Header.Select(h => h.Trim()).ToList(), ignored);
        var rows = new List<FeatureRow>(table.Rows.Count);
        foreach (var record in table.Rows)
        {
            cancel.ThrowIfCancellationRequested();
            var row = new FeatureRow(schema.Features.Count);
            for (var c = 0; c < columns.Length; c++)
            {
                if (columns[c] >= 0)
                {
                    schema.SetText(row, columns[c], record.Values[c], rows.Count);
                }
            }
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>Refuses (413) CSV whose header names more than <see cref="MaxColumns"/> columns, scanning the first record only.</summary>
    public static void CheckWidth(ReadOnlySpan<char> text, FeatureSchema schema)
    {
        var limit = Math.Max(MaxColumns, schema.Features.Count);
        var columns = 1;
        var quoted = false;
        foreach (var c in text)
        {
            // A doubled quote inside a quoted name toggles twice, so it leaves the state as it was.
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                return;
            }
            else if (!quoted && c == ',' && ++columns > limit)
            {
                throw new InputProblemException(StatusCodes.Status413PayloadTooLarge, "Too many columns",
                    $"the CSV header names more than {Counted.Of(limit, "column")}; the model takes {schema.Features.Count}");
            }
        }
    }

    /// <summary>The 413 for a CSV batch whose reader stopped at the limit with more rows to come.</summary>
    public static InputProblemException TooManyRows(int maxRows) =>
        new(StatusCodes.Status413PayloadTooLarge, "Too many rows", $"the batch holds more than {maxRows} rows; the limit is {maxRows}");

    /// <summary>Refuses an empty batch (400) or one over the limit (413).</summary>
    public static void CheckCount(int count, int maxRows)
    {
        if (count == 0)
        {
            throw InputProblemException.Malformed("Empty batch", "the batch holds no rows");
        }
        if (count > maxRows)
        {
            throw new InputProblemException(StatusCodes.Status413PayloadTooLarge, "Too many rows",
                $"the batch holds {Counted.Of(count, "row")}; the limit is {maxRows}");
        }
    }
}
