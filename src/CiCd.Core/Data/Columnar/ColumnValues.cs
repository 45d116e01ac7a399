using CiCd.Configuration;

namespace CiCd.Data.Columnar;

/// <summary>
/// One declared column read straight into typed storage: floats for a numeric column (NaN where missing or not
/// a number), or dictionary codes for a categorical one (-1 where missing; one string per distinct value), plus
/// what validation needs to know about the cells that did not fit, by row index.
/// </summary>
public sealed class ColumnValues
{
    private readonly Dictionary<string, int> _codes;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int[]? _smallCodes;
    private readonly List<string> _levels = [];
    private readonly List<string> _firstRaw = [];
    private readonly List<int> _missing = [];
    private readonly List<int> _notNumbers = [];
    private readonly List<int> _outOfRange = [];
    private float[] _numbers = [];
    private int[] _codesByRow = [];

    internal ColumnValues(string name, int index, bool numeric, NumericRange? range)
    {
        Name = name;
        Index = index;
        IsNumeric = numeric;
        Range = range;
        _codes = new(StringComparer.Ordinal);
        // Kept, not fetched per cell: getting the lookup checks the comparer each time.
        _lookup = _codes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The header name.</summary>
    public string Name { get; }

    /// <summary>The 0-based position in the file's header.</summary>
    public int Index { get; }

    /// <summary>Whether the column was read as numbers.</summary>
    public bool IsNumeric { get; }

    /// <summary>The declared range checked while reading (null: none).</summary>
    public NumericRange? Range { get; }

    /// <summary>Numeric columns: one float per row, NaN where missing or not a number.</summary>
    public float[]? Numbers => IsNumeric ? _numbers : null;

    /// <summary>Categorical columns: one code per row into <see cref="Levels"/>, -1 where missing.</summary>
    public int[]? Codes => IsNumeric ? null : _codesByRow;

    /// <summary>Categorical columns: the distinct trimmed values, in order of first appearance.</summary>
    public IReadOnlyList<string> Levels => _levels;

    /// <summary>Rows whose value is missing (empty or <c>?</c>).</summary>
    public IReadOnlyList<int> MissingRows => _missing;

    /// <summary>How many of <see cref="MissingRows"/> were written <c>?</c> (the rest were empty), for the profile's missing spellings.</summary>
    public int MissingAsQuestionMark { get; private set; }

    /// <summary>Numeric columns: rows whose value is present but not a finite number.</summary>
    public IReadOnlyList<int> NotNumberRows => _notNumbers;

    /// <summary>The first value that is not a number, as written in the file (untrimmed).</summary>
    public string? FirstNotNumber { get; private set; }

    /// <summary>Numeric columns: rows whose number lies outside <see cref="Range"/>.</summary>
    public IReadOnlyList<int> OutOfRangeRows => _outOfRange;

    /// <summary>The first value outside the range, trimmed as written.</summary>
    public string? FirstOutOfRange { get; private set; }

    /// <summary>A level as first written in the file (untrimmed), for error messages that quote the file.</summary>
    public string RawLevel(int code) => _firstRaw[code];

    internal void Resize(int capacity)
    {
        if (IsNumeric)
        {
            Array.Resize(ref _numbers, capacity);
        }
        else
        {
            Array.Resize(ref _codesByRow, capacity);
        }
    }

    internal void SetMissing(int row, bool questionMark)
    {
        _missing.Add(row);
        MissingAsQuestionMark += questionMark ? 1 : 0;
        if (IsNumeric)
        {
            _numbers[row] = float.NaN;
        }
        else
        {
            _codesByRow[row] = -1;
        }
    }

    internal void SetNumber(int row, double value, ReadOnlySpan<char> trimmed)
    {
        _numbers[row] = (float)value;
        if (Range is not null && !Range.Contains(value))
        {
            _outOfRange.Add(row);
            FirstOutOfRange ??= trimmed.ToString();
        }
    }

    internal void SetNotNumber(int row, ReadOnlySpan<char> raw)
    {
        _numbers[row] = float.NaN;
        _notNumbers.Add(row);
        FirstNotNumber ??= raw.ToString();
    }

    internal void SetText(int row, ReadOnlySpan<char> trimmed, ReadOnlySpan<char> raw)
    {
        // Texts such as 0…999 (pixels, counts, codes) skip the dictionary once seen: across hundreds of columns its
        // buckets, entries and strings miss the cache on every cell, which made a wide file ten times slower to read.
        var small = SmallNumber(trimmed);
        if (small >= 0 && _smallCodes is { } known && known[small] >= 0)
        {
            _codesByRow[row] = known[small];
            return;
        }
        if (!_lookup.TryGetValue(trimmed, out var code))
        {
            code = _levels.Count;
            var level = trimmed.ToString();
            _codes.Add(level, code);
            _levels.Add(level);
            _firstRaw.Add(raw.Length == trimmed.Length ? level : raw.ToString());
        }
        if (small >= 0)
        {
            if (_smallCodes is null)
            {
                _smallCodes = new int[1000];
                Array.Fill(_smallCodes, -1);
            }
            _smallCodes[small] = code;
        }
        _codesByRow[row] = code;
    }

    // The value of a text written as a whole number 0…999 in its one canonical way (no sign, no leading zero), else -1.
    private static int SmallNumber(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > 3 || (text.Length > 1 && text[0] == '0'))
        {
            return -1;
        }
        var value = 0;
        foreach (var c in text)
        {
            if ((uint)(c - '0') > 9)
            {
                return -1;
            }
            value = (value * 10) + (c - '0');
        }
        return value;
    }
}
