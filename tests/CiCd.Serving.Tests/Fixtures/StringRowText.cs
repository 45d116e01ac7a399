using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CiCd.Configuration;
using CiCd.Serving.PredictionLog;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>
/// The log's text columns as the stores wrote them before they took UTF-8 bytes (a string per value): the reference
/// the stores' values must equal byte for byte, and the old path LogPathBenchmark prints beside the new one.
/// </summary>
public sealed class StringRowText : IDisposable
{
    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly ArrayBufferWriter<byte> _json = new(1024);
    private readonly Utf8JsonWriter _writer;
    private readonly JsonNames _names = new();
    private DateTimeOffset _lastTime;
    private string _lastTimeText = "";

    /// <summary>Creates the reused JSON writer.</summary>
    public StringRowText() => _writer = new Utf8JsonWriter(_json, Writing);

    /// <summary>The ISO-8601 UTC text of <paramref name="time"/> (the log's time column).</summary>
    public string Timestamp(DateTimeOffset time)
    {
        if (time != _lastTime || _lastTimeText.Length == 0)
        {
            _lastTime = time;
            _lastTimeText = time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        }
        return _lastTimeText;
    }

    /// <summary>The row as a JSON object keyed by feature name (null for missing values).</summary>
    public string Inputs(PredictionRecord record)
    {
        Start();
        for (var i = 0; i < record.Schema.Features.Count; i++)
        {
            var feature = record.Schema.Features[i];
            _writer.WritePropertyName(_names.Of(feature.Name));
            if (feature.Kind != ColumnKind.Numeric)
            {
                if (record.Inputs.Texts[i] is { } text)
                {
                    _writer.WriteStringValue(_names.Of(text));
                }
                else
                {
                    _writer.WriteNullValue();
                }
            }
            else if (float.IsNaN(record.Inputs.Numbers[i]))
            {
                _writer.WriteNullValue();
            }
            else
            {
                _writer.WriteNumberValue(record.Inputs.Numbers[i]);
            }
        }
        return End();
    }

    /// <summary>
    /// The <c>label</c> column: the decided class, or a regression model's predicted value in round-trip form
    /// (<c>double.ToString("R", CultureInfo.InvariantCulture)</c>), the contract regression monitoring reads.
    /// </summary>
    public static string Label(PredictionRecord record) => record.Prediction.IsValue
        ? record.Prediction.Score.ToString("R", CultureInfo.InvariantCulture)
        : record.Classes[record.Prediction.ClassIndex];

    /// <summary>The answer as a JSON object of class → probability; null for a regression model, which has none.</summary>
    public string? Probabilities(PredictionRecord record)
    {
        if (record.Prediction.IsValue)
        {
            return null;
        }
        Start();
        for (var c = 0; c < record.Classes.Count; c++)
        {
            _writer.WriteNumber(_names.Of(record.Classes[c]), record.Prediction.Probabilities[c]);
        }
        return End();
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();

    private void Start()
    {
        _json.ResetWrittenCount();
        _writer.Reset();
        _writer.WriteStartObject();
    }

    private string End()
    {
        _writer.WriteEndObject();
        _writer.Flush();
        return Encoding.UTF8.GetString(_json.WrittenSpan);
    }
}
