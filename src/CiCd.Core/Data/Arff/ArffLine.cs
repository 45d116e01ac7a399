using System.Text;
using CiCd.Errors;

namespace CiCd.Data.Arff;

/// <summary>Splits one ARFF line into tokens: commas separate, single or double quotes (with backslash escapes) group.</summary>
internal sealed class ArffLine(string file, int line, string text)
{
    private int _position;

    /// <summary>The comma-separated values of a data line, <c>?</c> unquoted meaning missing (null).</summary>
    public List<string?> Values()
    {
        var values = new List<string?>();
        while (true)
        {
            SkipSpaces();
            var quoted = _position < text.Length && text[_position] is '\'' or '"';
            var value = ReadToken(",");
            values.Add(!quoted && value == "?" ? null : value);
            SkipSpaces();
            if (_position >= text.Length)
            {
                return values;
            }
            if (text[_position] != ',')
            {
                throw Error($"expected ',' between values, found '{text[_position]}'");
            }
            _position++;
        }
    }

    /// <summary>Reads a name (possibly quoted) and returns it with the rest of the line.</summary>
    public (string Name, string Remainder) NameAndRest()
    {
        SkipSpaces();
        var name = ReadToken(" \t{");
        return (name, text[_position..].Trim());
    }

    /// <summary>The categories of a nominal declaration <c>{a, 'b c', d}</c>.</summary>
    public List<string> Categories()
    {
        SkipSpaces();
        if (_position >= text.Length || text[_position] != '{')
        {
            throw Error("expected '{' to start the list of categories");
        }
        _position++;
        var categories = new List<string>();
        while (true)
        {
            SkipSpaces();
            categories.Add(ReadToken(",}"));
            SkipSpaces();
            if (_position >= text.Length)
            {
                throw Error("the list of categories is never closed with '}'");
            }
            var c = text[_position++];
            if (c == '}')
            {
                return categories;
            }
            if (c != ',')
            {
                throw Error($"expected ',' or '}}' in the list of categories, found '{c}'");
            }
        }
    }

    public InputException Error(string problem) => new(file, line, _position + 1, problem);

    private string ReadToken(string stopAt)
    {
        if (_position < text.Length && text[_position] is '\'' or '"')
        {
            return ReadQuoted(text[_position++]);
        }
        var start = _position;
        while (_position < text.Length && !stopAt.Contains(text[_position], StringComparison.Ordinal))
        {
            _position++;
        }
        var token = text[start.._position].Trim();
        return token.Length > 0 ? token : throw Error("expected a value");
    }

    private string ReadQuoted(char quote)
    {
        var value = new StringBuilder();
        while (_position < text.Length)
        {
            var c = text[_position++];
            if (c == '\\' && _position < text.Length)
            {
                value.Append(text[_position++]);
                continue;
            }
            if (c == quote)
            {
                return value.ToString();
            }
            value.Append(c);
        }
        throw Error($"a value quoted with {quote} is never closed");
    }

    private void SkipSpaces()
    {
        while (_position < text.Length && text[_position] is ' ' or '\t')
        {
            _position++;
        }
    }
}
