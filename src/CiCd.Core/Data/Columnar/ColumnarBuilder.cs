using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;
using CiCd.Configuration;

namespace CiCd.Data.Columnar;

/// <summary>
/// Receives a file's rows field by field (from any tokenizer) and fills the declared columns, the fingerprint
/// and the duplicate check in the same pass; no string is made per cell.
/// </summary>
internal sealed class ColumnarBuilder
{
    private const char Missing = '\u2205';
    private const char Unit = '\u001f';
    private readonly string _file;
    private readonly IReadOnlyList<string> _header;
    private readonly ColumnValues?[] _byIndex;
    private readonly int[] _slotByIndex;
    private readonly ColumnValues[] _columns;
    private readonly IncrementalHash _fingerprint = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly HashSet<UInt128> _rowHashes = [];
    private readonly List<int> _duplicates = [];
    private readonly (int Start, int Length)[] _slots;
    private char[] _slotText = new char[1024];
    private char[] _rowText = new char[1024];
    private char[] _hashText = new char[1 << 16];
    private byte[] _hashBytes = [];
    private int[] _lines = new int[1024];
    private int _slotLength, _rowLength, _hashLength, _rows, _line;

    // expectedRows: the row count or an upper bound of it, when known. The columns are allocated once at that size,
    // because growing them (and trimming at the end) would hold up to twice the data for a while.
    public ColumnarBuilder(string file, IReadOnlyList<string> header, DatasetConfig config, int expectedRows)
    {
        _file = file;
        _header = header;
        var index = header.Select((name, i) => (name, i)).GroupBy(p => p.name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        // Fingerprint slots: the features in config order, then the target (see DatasetFingerprint).
        var slots = config.Features.Select(c => (c.Name, c.IsNumeric, c.Range)).Append((config.Target, false, null)).ToList();
        _slots = new (int, int)[slots.Count];
        _byIndex = new ColumnValues?[header.Count];
        _slotByIndex = Enumerable.Repeat(-1, header.Count).ToArray();
        var columns = new List<ColumnValues>();
        for (var s = 0; s < slots.Count; s++)
        {
            if (index.TryGetValue(slots[s].Name, out var i) && _byIndex[i] is null)
            {
                _byIndex[i] = new ColumnValues(slots[s].Name, i, slots[s].IsNumeric, slots[s].Range);
                _slotByIndex[i] = s;
                columns.Add(_byIndex[i]!);
            }
        }
        _columns = [.. columns];
        Resize(Math.Max(16, expectedRows));
        var schema = new StringBuilder();
        schema.Append("schema:").Append(config.Task).Append(';').Append(string.Join('|', config.Classes)).Append('\n');
        foreach (var column in config.Features)
        {
            schema.Append(column.Name).Append(':').Append(column.Kind).Append(Unit);
        }
        schema.Append(config.Target).Append(":Target").Append(Unit).Append('\n');
        _fingerprint.AppendData(Encoding.UTF8.GetBytes(schema.ToString()));
    }

    public int RowCount => _rows;

    public void BeginRow(int line)
    {
        if (_rows == _lines.Length)
        {
            Resize((int)Math.Min(Array.MaxLength, _rows * 3L / 2));
        }
        _line = line;
        _slotLength = 0;
        _rowLength = 0;
        Array.Fill(_slots, (-1, 0));
    }

    /// <summary>One field of the current row; <paramref name="isNull"/> for an empty unquoted field.</summary>
    public void Field(int index, ReadOnlySpan<char> text, bool isNull)
    {
        var trimmed = text.Trim();
        if (isNull)
        {
            Append(ref _rowText, ref _rowLength, [Missing, Unit]);
        }
        else
        {
            Append(ref _rowText, ref _rowLength, trimmed);
            Append(ref _rowText, ref _rowLength, [Unit]);
        }
        var column = _byIndex[index];
        if (column is null)
        {
            return;
        }
        var start = _slotLength;
        if (trimmed is "" or "?")
        {
            column.SetMissing(_rows, trimmed.Length == 1);
            Append(ref _slotText, ref _slotLength, [Missing]);
        }
        else if (!column.IsNumeric)
        {
            column.SetText(_rows, trimmed, text);
            Append(ref _slotText, ref _slotLength, trimmed);
        }
        else
        {
            ReadNumber(column, text, trimmed);
        }
        _slots[_slotByIndex[index]] = (start, _slotLength - start);
    }

    public void EndRow()
    {
        if (!_rowHashes.Add(XxHash128.HashToUInt128(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_rowText.AsSpan(0, _rowLength)))))
        {
            _duplicates.Add(_line);
        }
        foreach (var (start, length) in _slots)
        {
            if (start < 0)
            {
                Append(ref _hashText, ref _hashLength, [Missing, Unit]);
                continue;
            }
            Append(ref _hashText, ref _hashLength, _slotText.AsSpan(start, length));
            Append(ref _hashText, ref _hashLength, [Unit]);
        }
        Append(ref _hashText, ref _hashLength, ['\n']);
        if (_hashLength > 1 << 15)
        {
            FlushHash();
        }
        _lines[_rows++] = _line;
    }

    public ColumnarTable Build()
    {
        FlushHash();
        if (_rows < _lines.Length)
        {
            Resize(_rows);
        }
        var fingerprint = Convert.ToHexStringLower(_fingerprint.GetHashAndReset());
        return new ColumnarTable(_file, _header, _lines, _columns, fingerprint, _duplicates);
    }

    private void ReadNumber(ColumnValues column, ReadOnlySpan<char> raw, ReadOnlySpan<char> trimmed)
    {
        // Most cells are small integers: parse those directly; their round-trip text is their digits.
        if (NumberParsing.TrySmallInteger(trimmed, out var whole))
        {
            column.SetNumber(_rows, whole, trimmed);
            Reserve(ref _slotText, _slotLength, 16);
            whole.TryFormat(_slotText.AsSpan(_slotLength), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
            _slotLength += written;
        }
        else if (NumberText.TryParseFeature(trimmed, out var value))
        {
            column.SetNumber(_rows, value, trimmed);
            Reserve(ref _slotText, _slotLength, 32);
            value.TryFormat(_slotText.AsSpan(_slotLength), out var written, "R", System.Globalization.CultureInfo.InvariantCulture);
            _slotLength += written;
        }
        else
        {
            column.SetNotNumber(_rows, raw);
            Append(ref _slotText, ref _slotLength, trimmed);
        }
    }

    private void FlushHash()
    {
        var needed = Encoding.UTF8.GetMaxByteCount(_hashLength);
        if (_hashBytes.Length < needed)
        {
            _hashBytes = new byte[needed];
        }
        var written = Encoding.UTF8.GetBytes(_hashText.AsSpan(0, _hashLength), _hashBytes);
        _fingerprint.AppendData(_hashBytes.AsSpan(0, written));
        _hashLength = 0;
    }

    private void Resize(int capacity)
    {
        Array.Resize(ref _lines, capacity);
        foreach (var column in _columns)
        {
            column.Resize(capacity);
        }
    }

    private static void Append(ref char[] buffer, ref int length, ReadOnlySpan<char> text)
    {
        Reserve(ref buffer, length, text.Length);
        text.CopyTo(buffer.AsSpan(length));
        length += text.Length;
    }

    private static void Reserve(ref char[] buffer, int length, int more)
    {
        if (length + more > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + more));
        }
    }
}
