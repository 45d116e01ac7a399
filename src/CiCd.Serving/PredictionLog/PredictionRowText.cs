using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CiCd.Configuration;

namespace CiCd.Serving.PredictionLog;

/// <summary>
/// A record's text columns as both log stores write them, as UTF-8 in reused buffers (no string per row: the stores
/// hand the bytes to the database as they are): the time (formatted once per chunk, whose rows share it), the label,
/// the inputs and the probabilities as JSON objects, with the model's names escaped once. The bytes returned are
/// valid until the next call of the same method.
/// </summary>
public sealed class PredictionRowText : IDisposable
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    // The longest shortest-round-trip text of a float ("-1.17549435E-38").
    private const int MaxNumberLength = 32;

    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly ArrayBufferWriter<byte> _json = new(1024);
    private readonly Utf8JsonWriter _writer;
    private readonly JsonNames _names = new();
    private readonly byte[] _time = new byte[32];
    private byte[] _label = new byte[64];
    private byte[] _inputs = new byte[1024];
    private int _length;
    private EscapedSchema? _schema;
    private DateTimeOffset _lastTime;
    private int _timeLength;

    /// <summary>Creates the reused JSON writer.</summary>
    public PredictionRowText() => _writer = new Utf8JsonWriter(_json, Writing);

    /// <summary>The ISO-8601 UTC text of <paramref name="time"/> (the log's time column).</summary>
    public ReadOnlyMemory<byte> Timestamp(DateTimeOffset time)
    {
        if (time != _lastTime || _timeLength == 0)
        {
            _lastTime = time;
            // A DateTime's year has four digits: the text always fits.
            if (!time.UtcDateTime.TryFormat(_time, out _timeLength, TimeFormat, CultureInfo.InvariantCulture))
            {
                throw new UnreachableException("a timestamp longer than its buffer");
            }
        }
        return _time.AsMemory(0, _timeLength);
    }

    /// <summary>
    /// The <c>label</c> column: the decided class, or a regression model's predicted value in round-trip form
    /// (<c>double.ToString("R", CultureInfo.InvariantCulture)</c>), the contract regression monitoring reads.
    /// </summary>
    public ReadOnlyMemory<byte> Label(PredictionRecord record)
    {
        if (record.Prediction.IsValue)
        {
            // "R" of a double is at most 25 characters, all ASCII.
            if (!record.Prediction.Score.TryFormat(_label, out var written, "R", CultureInfo.InvariantCulture))
            {
                throw new UnreachableException("a number longer than its buffer");
            }
            return _label.AsMemory(0, written);
        }
        var name = record.Classes[record.Prediction.ClassIndex];
        if (Encoding.UTF8.GetMaxByteCount(name.Length) > _label.Length)
        {
            _label = new byte[Encoding.UTF8.GetMaxByteCount(name.Length)];
        }
        return _label.AsMemory(0, Encoding.UTF8.GetBytes(name, _label));
    }

    /// <summary>The row as a JSON object keyed by feature name (null for missing values).</summary>
    /// <remarks>
    /// Written byte by byte as <see cref="Utf8JsonWriter"/> wrote it (compact, the log's escaping, numbers by
    /// <see cref="Utf8Formatter"/>): the row's bulk, and its many short values cost the writer's bookkeeping per call.
    /// </remarks>
    public ReadOnlyMemory<byte> Inputs(PredictionRecord record)
    {
        var escaped = Escaped(record);
        _length = 0;
        Put("{"u8);
        for (var i = 0; i < record.Schema.Features.Count; i++)
        {
            if (i > 0)
            {
                Put(","u8);
            }
            Put(escaped.Key(i));
            if (record.Schema.Features[i].Kind != ColumnKind.Numeric)
            {
                if (record.Inputs.Texts[i] is { } text)
                {
                    Put("\""u8);
                    Put(escaped.Value(i, text).EncodedUtf8Bytes);
                    Put("\""u8);
                }
                else
                {
                    Put("null"u8);
                }
            }
            else if (float.IsNaN(record.Inputs.Numbers[i]))
            {
                Put("null"u8);
            }
            else
            {
                Reserve(MaxNumberLength);
                Utf8Formatter.TryFormat(record.Inputs.Numbers[i], _inputs.AsSpan(_length), out var written);
                _length += written;
            }
        }
        Put("}"u8);
        return _inputs.AsMemory(0, _length);
    }

    /// <summary>The answer as a JSON object of class → probability; empty for a regression model, which has none (its column is NULL).</summary>
    public ReadOnlyMemory<byte> Probabilities(PredictionRecord record)
    {
        if (record.Prediction.IsValue)
        {
            return ReadOnlyMemory<byte>.Empty;
        }
        var escaped = Escaped(record);
        Start();
        for (var c = 0; c < record.Classes.Count; c++)
        {
            _writer.WriteNumber(escaped.Class(c), record.Prediction.Probabilities[c]);
        }
        return End();
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();

    // The records of one model share its schema and classes: escaped once, until another model's record comes.
    private EscapedSchema Escaped(PredictionRecord record) =>
        _schema is { } known && ReferenceEquals(known.Schema, record.Schema) && ReferenceEquals(known.Classes, record.Classes)
            ? known
            : _schema = new EscapedSchema(record.Schema, record.Classes, _names);

    private void Put(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_inputs.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Reserve(int bytes)
    {
        if (_length + bytes > _inputs.Length)
        {
            Array.Resize(ref _inputs, Math.Max(_inputs.Length * 2, _length + bytes));
        }
    }

    private void Start()
    {
        _json.ResetWrittenCount();
        _writer.Reset();
        _writer.WriteStartObject();
    }

    private ReadOnlyMemory<byte> End()
    {
        _writer.WriteEndObject();
        _writer.Flush();
        return _json.WrittenMemory;
    }
}
