using System.Text;
using CiCd.Errors;

namespace CiCd.Data;

/// <summary>Splits CSV text into records, tracking the line each record starts on.</summary>
internal sealed class CsvTokenizer(string file, string text)
{
    private readonly StringBuilder _field = new();
    private int _position;
    private int _line = 1;

    /// <summary>Whether <see cref="ReadAll"/> stopped at its limit with another record still to come.</summary>
    public bool Stopped { get; private set; }

    /// <summary>The records, at most <paramref name="maxRecords"/> of them (see <see cref="Stopped"/>).</summary>
    public List<CsvRow> ReadAll(int maxRecords = int.MaxValue)
    {
        var records = new List<CsvRow>();
        while (_position < text.Length)
        {
            if (records.Count == maxRecords)
            {
                // Only line breaks left are blank lines, which carry no record; anything else starts one. It is not read:
                // the caller refuses the text as too long, whatever that record holds.
                Stopped = text.AsSpan(_position).IndexOfAnyExcept('\r', '\n') >= 0;
                break;
            }
            var start = _line;
            var fields = ReadRecord();
            // Blank lines (a lone line break, or trailing ones) carry no record.
            if (fields.Count == 1 && fields[0] is null)
            {
                continue;
            }
            records.Add(new CsvRow(start, [.. fields]));
        }
        return records;
    }

    private List<string?> ReadRecord()
    {
        var fields = new List<string?>();
        while (true)
        {
            var quoted = _position < text.Length && text[_position] == '"';
            fields.Add(quoted ? ReadQuoted() : ReadPlain());
            if (_position >= text.Length)
            {
                return fields;
            }
            var separator = text[_position++];
            if (separator == ',')
            {
                continue;
            }
            EndLine(separator);
            return fields;
        }
    }

    private string? ReadPlain()
    {
        var start = _position;
        while (_position < text.Length && text[_position] is not (',' or '\r' or '\n'))
        {
            if (text[_position] == '"')
            {
                throw new InputException(file, _line, Column(_position), "a quote inside an unquoted field; quote the whole field and double the quote");
            }
            if (text[_position] == '\0')
            {
                throw Nul(_position);
            }
            _position++;
        }
        return _position == start ? null : text[start.._position];
    }

    private string ReadQuoted()
    {
        var startLine = _line;
        _field.Clear();
        _position++;
        while (true)
        {
            if (_position >= text.Length)
            {
                throw new InputException(file, startLine, null, "a quoted field is never closed (missing closing quote)");
            }
            var c = text[_position++];
            if (c == '"')
            {
                if (_position < text.Length && text[_position] == '"')
                {
                    _field.Append('"');
                    _position++;
                    continue;
                }
                if (_position < text.Length && text[_position] is not (',' or '\r' or '\n'))
                {
                    throw new InputException(file, _line, Column(_position), "text after a closing quote; expected a comma or the end of the line");
                }
                return _field.ToString();
            }
            if (c == '\n')
            {
                _line++;
            }
            if (c == '\0')
            {
                throw Nul(_position - 1);
            }
            _field.Append(c);
        }
    }

    private void EndLine(char separator)
    {
        if (separator == '\r' && _position < text.Length && text[_position] == '\n')
        {
            _position++;
        }
        _line++;
    }

    // A NUL is no character of a text table: it comes from a binary file or a broken export, and read as part of a
    // level it would make a category no later file can spell.
    private InputException Nul(int position) =>
        new(file, _line, Column(position), "a NUL character (\\0) inside a field: a text table holds none; remove it, or export the table as text again");

    private int Column(int position)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, position - 1));
        return position - lineStart;
    }
}
