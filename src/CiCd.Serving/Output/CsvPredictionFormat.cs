using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Serving.Model;
using CiCd.Serving.Scoring;

namespace CiCd.Serving.Output;

/// <summary>
/// CSV answers: a header <c>label,score,p_&lt;class&gt;…</c>, then one line per input row in order. Rows are written as
/// UTF-8 straight into the response buffer, numbers in the project's round-trip form (<see cref="NumberText.Format"/>),
/// labels escaped once per response. A regression model's answer has the one column <c>prediction</c>, the predicted number.
/// </summary>
public sealed class CsvPredictionFormat : IPredictionFormat
{
    // The longest round-trip double ("-1.7976931348623157E+308") is 24 characters; one more for the comma.
    private const int MaxNumberBytes = 25;

    private byte[][] _labels = [];
    private bool _values;

    /// <inheritdoc />
    public string ContentType => "text/csv; charset=utf-8";

    /// <inheritdoc />
    public void WriteStart(PipeWriter body, ServedModel model)
    {
        var header = new StringBuilder();
        _values = model.Card.Task == TaskKind.Regression;
        CsvWriter.AppendRecord(header, _values ? ["prediction"] : ["label", "score", .. model.Card.Classes.Select(c => $"p_{c}")]);
        Encoding.UTF8.GetBytes(header.ToString(), body);
        _labels = [.. model.Card.Classes.Select(c => Encoding.UTF8.GetBytes(CsvWriter.Escape(c)))];
    }

    /// <inheritdoc />
    public void WriteRows(PipeWriter body, ServedModel model, ReadOnlySpan<Prediction> predictions)
    {
        if (_values)
        {
            WriteValues(body, predictions);
            return;
        }
        var longest = _labels.Max(l => l.Length) + (predictions.IsEmpty ? 0 : predictions[0].Probabilities.Length + 1) * MaxNumberBytes + 2;
        foreach (var prediction in predictions)
        {
            var line = body.GetSpan(longest);
            var label = _labels[prediction.ClassIndex];
            label.CopyTo(line);
            var at = label.Length;
            at += Number(line[at..], prediction.Score);
            foreach (var probability in prediction.Probabilities)
            {
                at += Number(line[at..], probability);
            }
            line[at++] = (byte)'\n';
            body.Advance(at);
        }
    }

    /// <inheritdoc />
    public void WriteEnd(PipeWriter body)
    {
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private static void WriteValues(PipeWriter body, ReadOnlySpan<Prediction> predictions)
    {
        foreach (var prediction in predictions)
        {
            var line = body.GetSpan(MaxNumberBytes + 1);
            if (!prediction.Score.TryFormat(line, out var written, "R", CultureInfo.InvariantCulture))
            {
                throw new InvalidOperationException($"a number did not fit in {line.Length} bytes");
            }
            line[written] = (byte)'\n';
            body.Advance(written + 1);
        }
    }

    private static int Number(Span<byte> into, double value)
    {
        into[0] = (byte)',';
        return value.TryFormat(into[1..], out var written, "R", CultureInfo.InvariantCulture)
            ? written + 1
            : throw new InvalidOperationException($"a number did not fit in {into.Length - 1} bytes");
    }
}
