using System.IO.Pipelines;
using CiCd.Serving.Model;
using CiCd.Serving.Scoring;

namespace CiCd.Serving.Output;

/// <summary>How a streamed answer is laid out: an opening, the rows chunk by chunk, a closing. One instance per response.</summary>
public interface IPredictionFormat : IDisposable
{
    /// <summary>The response's Content-Type.</summary>
    string ContentType { get; }

    /// <summary>Writes what comes before the first row.</summary>
    void WriteStart(PipeWriter body, ServedModel model);

    /// <summary>Writes one chunk of answers.</summary>
    void WriteRows(PipeWriter body, ServedModel model, ReadOnlySpan<Prediction> predictions);

    /// <summary>Writes what comes after the last row.</summary>
    void WriteEnd(PipeWriter body);
}
