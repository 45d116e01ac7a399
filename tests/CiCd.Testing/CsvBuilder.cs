using System.Globalization;
using System.Text;

namespace CiCd.Testing;

/// <summary>
/// Builds CSV text for tests: a header, rows, and the variations real files have (CRLF, a BOM, every field
/// quoted). <see cref="Tiny"/> makes the small learnable binary data that <see cref="ConfigBuilder"/> describes.
/// </summary>
public sealed class CsvBuilder
{
    private readonly List<string?[]> _rows = [];
    private readonly string[] _header;
    private string _newline = "\n";
    private bool _bom;
    private bool _quoteAll;

    public CsvBuilder(params string[] header) => _header = header;

    public IReadOnlyList<string> Header => _header;

    public IReadOnlyList<string?[]> Rows => _rows;

    public CsvBuilder Row(params string?[] fields)
    {
        _rows.Add(fields);
        return this;
    }

    public CsvBuilder WithCrlf()
    {
        _newline = "\r\n";
        return this;
    }

    public CsvBuilder WithBom()
    {
        _bom = true;
        return this;
    }

    public CsvBuilder QuotingEveryField()
    {
        _quoteAll = true;
        return this;
    }

    /// <summary>The same data with the columns in another order (named in <paramref name="order"/>).</summary>
    public CsvBuilder WithColumnOrder(params string[] order)
    {
        var positions = order.Select(name => Array.IndexOf(_header, name)).ToArray();
        var copy = new CsvBuilder(order) { _newline = _newline, _bom = _bom, _quoteAll = _quoteAll };
        foreach (var row in _rows)
        {
            copy.Row([.. positions.Select(p => row[p])]);
        }
        return copy;
    }

    /// <summary>A copy in which the field of <paramref name="column"/> on data row <paramref name="row"/> (0-based) is replaced.</summary>
    public CsvBuilder WithValue(int row, string column, string? value)
    {
        var copy = new CsvBuilder(_header) { _newline = _newline, _bom = _bom, _quoteAll = _quoteAll };
        for (var r = 0; r < _rows.Count; r++)
        {
            var fields = (string?[])_rows[r].Clone();
            if (r == row)
            {
                fields[Array.IndexOf(_header, column)] = value;
            }
            copy.Row(fields);
        }
        return copy;
    }

    public string Build()
    {
        var text = new StringBuilder();
        if (_bom)
        {
            text.Append('\uFEFF');
        }
        Append(text, _header);
        foreach (var row in _rows)
        {
            Append(text, row);
        }
        return text.ToString();
    }

    public string WriteTo(TempFolder folder, string name = "data.csv") => folder.Write(name, Build());

    /// <summary>
    /// <paramref name="rows"/> rows of columns x (numeric, 0–100), colour (red, green, blue) and label (good, bad; 30 % bad),
    /// where a high x and the colour red point to bad, with overlap so no model is perfect.
    /// </summary>
    /// <summary>Small learnable regression data: label = 3x + 20 for red, 3x for others, plus a little noise.</summary>
    public static CsvBuilder TinyRegression(int rows = 80, int seed = 3)
    {
        var random = new Random(seed);
        var builder = new CsvBuilder("x", "colour", "label");
        string[] colours = ["red", "green", "blue"];
        for (var i = 0; i < rows; i++)
        {
            var x = Math.Round(random.Next(1000) / 10.0 + (i % 100 / 1000.0), 3);
            var colour = colours[random.Next(3)];
            var label = Math.Round(3 * x + (colour == "red" ? 20 : 0) + random.NextDouble() - 0.5, 3);
            builder.Row(x.ToString(CultureInfo.InvariantCulture), colour, label.ToString(CultureInfo.InvariantCulture));
        }
        return builder;
    }

    public static CsvBuilder Tiny(int rows = 60, int seed = 3)
    {
        var random = new Random(seed);
        var builder = new CsvBuilder("x", "colour", "label");
        string[] colours = ["red", "green", "blue"];
        for (var i = 0; i < rows; i++)
        {
            var bad = i % 10 < 3;
            // The thousandths make every row distinct, so the data has no duplicate rows.
            var x = Math.Round((bad ? 45 + (random.Next(550) / 10.0) : random.Next(650) / 10.0) + (i % 100 / 1000.0), 3);
            var colour = bad && random.Next(2) == 0 ? "red" : colours[random.Next(3)];
            builder.Row(x.ToString(CultureInfo.InvariantCulture), colour, bad ? "bad" : "good");
        }
        return builder;
    }

    /// <summary>
    /// <paramref name="rows"/> rows of columns x, colour and label with three classes (a, b, c) in equal shares,
    /// where x grows with the class, with overlap; for <see cref="ConfigBuilder.Multiclass"/>.
    /// </summary>
    public static CsvBuilder TinyMulticlass(int rows = 60, int seed = 5)
    {
        var random = new Random(seed);
        var builder = new CsvBuilder("x", "colour", "label");
        string[] colours = ["red", "green", "blue"];
        string[] classes = ["a", "b", "c"];
        for (var i = 0; i < rows; i++)
        {
            var x = Math.Round((i % 3 * 30) + (random.Next(400) / 10.0) + (i % 100 / 1000.0), 3);
            builder.Row(x.ToString(CultureInfo.InvariantCulture), colours[random.Next(3)], classes[i % 3]);
        }
        return builder;
    }

    private void Append(StringBuilder text, IReadOnlyList<string?> fields)
    {
        text.AppendJoin(',', fields.Select(Field)).Append(_newline);
    }

    private string Field(string? value) =>
        value is null ? ""
        : _quoteAll || value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;
}
