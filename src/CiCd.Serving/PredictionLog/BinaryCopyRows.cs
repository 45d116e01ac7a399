using System.Buffers.Binary;
using System.Text;

namespace CiCd.Serving.PredictionLog;

/// <summary>
/// Rows in PostgreSQL's binary COPY format (a header, then per row its field count and each field as a big-endian
/// length and its bytes, then a trailer), gathered in one reused buffer and written to the COPY's stream when it fills.
/// Npgsql's importer resolves a type and binds a parameter for every field, which cost the service more per logged row
/// than formatting the row's JSON (tests/CiCd.Serving.Benchmarks: log); these fields are text, a 4-byte integer and a
/// double, whose binary forms are their UTF-8 bytes and their big-endian bits.
/// </summary>
internal sealed class BinaryCopyRows
{
    private static readonly byte[] Header = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xff, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];

    private byte[] _buffer = new byte[64 * 1024];
    private int _length;
    private Stream? _stream;

    /// <summary>Starts a COPY's data on <paramref name="stream"/>.</summary>
    public void Start(Stream stream)
    {
        _stream = stream;
        _length = 0;
        Put(Header);
    }

    /// <summary>Starts a row of <paramref name="fields"/> fields.</summary>
    public void Row(short fields)
    {
        if (_length > _buffer.Length / 2)
        {
            Flush();
        }
        BinaryPrimitives.WriteInt16BigEndian(Reserve(2), fields);
        _length += 2;
    }

    /// <summary>A text field from UTF-8 bytes.</summary>
    public void Text(ReadOnlySpan<byte> utf8)
    {
        BinaryPrimitives.WriteInt32BigEndian(Reserve(4 + utf8.Length), utf8.Length);
        utf8.CopyTo(_buffer.AsSpan(_length + 4));
        _length += 4 + utf8.Length;
    }

    /// <summary>A text field from a string, encoded in place.</summary>
    public void Text(string text)
    {
        var span = Reserve(4 + Encoding.UTF8.GetMaxByteCount(text.Length));
        var written = Encoding.UTF8.GetBytes(text, span[4..]);
        BinaryPrimitives.WriteInt32BigEndian(span, written);
        _length += 4 + written;
    }

    /// <summary>An integer field (PostgreSQL's integer).</summary>
    public void Integer(int value)
    {
        var span = Reserve(8);
        BinaryPrimitives.WriteInt32BigEndian(span, 4);
        BinaryPrimitives.WriteInt32BigEndian(span[4..], value);
        _length += 8;
    }

    /// <summary>A double precision field.</summary>
    public void Double(double value)
    {
        var span = Reserve(12);
        BinaryPrimitives.WriteInt32BigEndian(span, 8);
        BinaryPrimitives.WriteDoubleBigEndian(span[4..], value);
        _length += 12;
    }

    /// <summary>A NULL field.</summary>
    public void Null()
    {
        BinaryPrimitives.WriteInt32BigEndian(Reserve(4), -1);
        _length += 4;
    }

    /// <summary>Ends the data (the trailer) and writes what is left to the stream.</summary>
    public void End()
    {
        BinaryPrimitives.WriteInt16BigEndian(Reserve(2), -1);
        _length += 2;
        Flush();
        _stream = null;
    }

    private void Put(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        _length += bytes.Length;
    }

    // Room for `bytes` more at the end (a field larger than the buffer grows it).
    private Span<byte> Reserve(int bytes)
    {
        if (_length + bytes > _buffer.Length)
        {
            Flush();
            if (bytes > _buffer.Length)
            {
                _buffer = new byte[Math.Max(bytes, _buffer.Length * 2)];
            }
        }
        return _buffer.AsSpan(_length, bytes);
    }

    private void Flush()
    {
        _stream!.Write(_buffer, 0, _length);
        _length = 0;
    }
}
