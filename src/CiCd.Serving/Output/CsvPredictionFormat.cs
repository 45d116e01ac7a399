using System.IO.Pipelines;
using System.Text;
using CiCd.Data;
using CiCd.Serving.Model;
using CiCd.Serving.Scoring;

namespace CiCd.Serving.Output;

/// <summary>CSV answers: a header <c>label,score,p_&lt;class&gt;…</c>, then one line per input row in order.</summary>
public sealed class CsvPredictionFormat : IPredictionFormat
{
    private readonly StringBuilder _text = new();

    /// <inheritdoc />
    public string ContentType => "text/csv; charset=utf-8";

    /// <inheritdoc />
    public void WriteStart(PipeWriter body, ServedModel model)
    {
        CsvWriter.AppendRecord(_text, ["label", "score", .. model.Card.Classes.Select(c => $"p_{c}")]);
        Flush(body);
    }

    /// <inheritdoc />
    public void WriteRows(PipeWriter body, ServedModel model, ReadOnlySpan<Prediction> predictions)
    {
        var classes = model.Card.Classes;
        var fields = new string?[classes.Count + 2];
        foreach (var prediction in predictions)
        {
            fields[0] = classes[prediction.ClassIndex];
            fields[1] = NumberText.Format(prediction.Score);
            for (var c = 0; c < classes.Count; c++)
            {
                fields[c + 2] = NumberText.Format(prediction.Probabilities[c]);
            }
            CsvWriter.AppendRecord(_text, fields);
        }
        Flush(body);
    }

    /// <inheritdoc />
    public void WriteEnd(PipeWriter body)
    {
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private void Flush(PipeWriter body)
    {
        foreach (var chunk in _text.GetChunks())
        {
            Encoding.UTF8.GetBytes(chunk.Span, body);
        }
        _text.Clear();
    }
}
