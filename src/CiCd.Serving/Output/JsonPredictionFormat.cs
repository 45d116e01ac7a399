using System.IO.Pipelines;
using System.Text.Json;
using CiCd.Serving.Input;
using CiCd.Serving.Model;
using CiCd.Serving.Scoring;

namespace CiCd.Serving.Output;

/// <summary>
/// <c>{"model": {...}, "predictions": [...]}</c> for the batch endpoint, or MLflow's <c>{"predictions": [...]}</c>
/// for <c>/invocations</c>; each element is a label, a probability object or the full answer. A regression model's element is
/// its number: <c>{"prediction": 1.5}</c> in the batch answer, the bare number for <c>/invocations</c> (whatever <c>params.output</c> says).
/// </summary>
public sealed class JsonPredictionFormat(InvocationOutput element, bool withModel) : IPredictionFormat
{
    private Utf8JsonWriter? _json;

    /// <inheritdoc />
    public string ContentType => "application/json; charset=utf-8";

    /// <inheritdoc />
    public void WriteStart(PipeWriter body, ServedModel model)
    {
        _json = new Utf8JsonWriter(body);
        _json.WriteStartObject();
        if (withModel)
        {
            _json.WriteStartObject("model");
            _json.WriteString("name", model.Identity.Name);
            _json.WriteString("version", model.Identity.Version);
            // Binary models decide with a threshold on the positive-class probability; multiclass ones take the most probable class.
            if (model.DecisionThreshold is { } threshold)
            {
                _json.WriteNumber("decision_threshold", threshold);
            }
            else
            {
                _json.WriteNull("decision_threshold");
            }
            _json.WriteEndObject();
        }
        _json.WriteStartArray("predictions");
    }

    /// <inheritdoc />
    public void WriteRows(PipeWriter body, ServedModel model, ReadOnlySpan<Prediction> predictions)
    {
        var json = _json!;
        var classes = model.Card.Classes;
        foreach (var prediction in predictions)
        {
            if (prediction.IsValue)
            {
                WriteValue(json, prediction.Score);
                continue;
            }
            switch (element)
            {
                case InvocationOutput.Label:
                    json.WriteStringValue(classes[prediction.ClassIndex]);
                    break;
                case InvocationOutput.Probabilities:
                    WriteProbabilities(json, classes, prediction);
                    break;
                default:
                    json.WriteStartObject();
                    json.WriteString("label", classes[prediction.ClassIndex]);
                    json.WriteNumber("score", prediction.Score);
                    json.WritePropertyName("probabilities");
                    WriteProbabilities(json, classes, prediction);
                    json.WriteEndObject();
                    break;
            }
        }
        json.Flush();
    }

    /// <inheritdoc />
    public void WriteEnd(PipeWriter body)
    {
        _json!.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    /// <inheritdoc />
    public void Dispose() => _json?.Dispose();

    private void WriteValue(Utf8JsonWriter json, double value)
    {
        if (!withModel)
        {
            json.WriteNumberValue(value);
            return;
        }
        json.WriteStartObject();
        json.WriteNumber("prediction", value);
        json.WriteEndObject();
    }

    private static void WriteProbabilities(Utf8JsonWriter json, IReadOnlyList<string> classes, Prediction prediction)
    {
        json.WriteStartObject();
        for (var c = 0; c < classes.Count; c++)
        {
            json.WriteNumber(classes[c], prediction.Probabilities[c]);
        }
        json.WriteEndObject();
    }
}
