using System.Globalization;
using CiCd.Errors;
using CiCd.Formats;

namespace CiCd.Data.Arff;

/// <summary>
/// Reads Weka's ARFF format: <c>%</c> comments, <c>@relation</c>, <c>@attribute</c> (numeric, real, integer,
/// string, nominal lists), <c>@data</c> rows with quoted values and <c>?</c> (or a numeric <c>NaN</c>, as weka reads it) for
/// missing; LF or CRLF.
/// Sparse rows and date attributes are refused with the line that uses them.
/// </summary>
public static class ArffReader
{
    /// <summary>Reads the ARFF file at <paramref name="path"/>.</summary>
    public static ArffDataset Read(string path) =>
        File.Exists(path)
            ? Parse(path, File.ReadAllText(path))
            : throw new InputException(path, null, null, "ARFF file not found");

    /// <summary>Parses ARFF text as if read from <paramref name="file"/>.</summary>
    public static ArffDataset Parse(string file, string text)
    {
        var lines = text.TrimStart('\uFEFF').Split('\n');
        string? relation = null;
        var attributes = new List<ArffColumn>();
        var rows = new List<string?[]>();
        var rowLines = new List<int>();
        var inData = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i].TrimEnd('\r').Trim();
            if (line.Length == 0 || line.StartsWith('%'))
            {
                continue;
            }
            if (lines[i].IndexOf('\0') is var nul and >= 0)
            {
                // Read as part of a name or a level, it would make a column or a category no later file can spell.
                throw new InputException(file, number, nul + 1, "a NUL character (\\0): an ARFF file is text and holds none; remove it");
            }
            if (inData)
            {
                rows.Add(ReadRow(file, number, line, attributes));
                rowLines.Add(number);
                continue;
            }
            var keyword = line.Split([' ', '\t'], 2)[0].ToUpperInvariant();
            switch (keyword)
            {
                case "@RELATION":
                    relation = new ArffLine(file, number, line[keyword.Length..]).NameAndRest().Name;
                    break;
                case "@ATTRIBUTE":
                    attributes.Add(ReadAttribute(file, number, line[keyword.Length..], attributes));
                    break;
                case "@DATA":
                    inData = true;
                    break;
                default:
                    throw new InputException(file, number, 1, $"expected @relation, @attribute or @data, found '{Shorten(line)}'");
            }
        }
        return Complete(file, relation, attributes, rows, inData, lines.Length) with { Lines = rowLines };
    }

    // What is missing is missing at the end of the file: that is the line named, so an editor can jump there.
    private static ArffDataset Complete(string file, string? relation, List<ArffColumn> attributes, List<string?[]> rows, bool inData, int lastLine)
    {
        if (relation is null)
        {
            throw new InputException(file, 1, null, "no @relation line: is this an ARFF file?");
        }
        if (attributes.Count == 0 || !inData)
        {
            throw new InputException(file, lastLine, null, attributes.Count == 0
                ? "no @attribute declarations before the end of the file"
                : "no @data section: the file ends after the @attribute declarations");
        }
        return rows.Count > 0
            ? new ArffDataset(relation, attributes, rows)
            : throw new InputException(file, lastLine, null, "the @data section has no rows before the end of the file");
    }

    private static ArffColumn ReadAttribute(string file, int number, string declaration, List<ArffColumn> existing)
    {
        var (name, rest) = new ArffLine(file, number, declaration).NameAndRest();
        if (existing.Any(a => a.Name == name))
        {
            throw new InputException(file, number, null, $"attribute '{name}' is declared twice");
        }
        if (rest.StartsWith('{'))
        {
            var categories = new ArffLine(file, number, rest).Categories();
            return new ArffColumn(name, ArffColumnType.Nominal, categories);
        }
        return rest.ToUpperInvariant() switch
        {
            "NUMERIC" or "REAL" or "INTEGER" => new ArffColumn(name, ArffColumnType.Numeric, []),
            "STRING" => new ArffColumn(name, ArffColumnType.Text, []),
            _ => throw new InputException(file, number, null, $"attribute '{name}' has unsupported type '{rest}' (numeric, real, integer, string or {{categories}})"),
        };
    }

    private static string?[] ReadRow(string file, int number, string line, List<ArffColumn> attributes)
    {
        if (line.StartsWith('{'))
        {
            throw new InputException(file, number, 1, "sparse ARFF rows are not supported; convert to dense first");
        }
        var parser = new ArffLine(file, number, line);
        var values = parser.Values();
        if (values.Count == attributes.Count + 1 && values[^1] is { } last && IsInstanceWeight(last))
        {
            throw new InputException(file, number, null,
                $"instance weights ('{last.Trim()}' after the last value) are not supported: every row counts once; remove the weights");
        }
        if (values.Count != attributes.Count)
        {
            throw new InputException(file, number, null, $"{Counted.Of(values.Count, "value")} for {Counted.Of(attributes.Count, "declared attribute")}");
        }
        for (var i = 0; i < values.Count; i++)
        {
            values[i] = Checked(file, number, attributes[i], values[i]);
        }
        return [.. values];
    }

    // Weka's weighted instance: a number in braces after the row's last value.
    private static bool IsInstanceWeight(string value) =>
        value.Trim() is ['{', .. var weight, '}'] && NumberText.TryParse(weight, out _);

    // The value as the CSV holds it. A numeric NaN is missing, as in weka, whose loader parses it to its missing value
    // (its CSVSaver writes it back as '?'); an infinity weka would keep is refused: mlops numbers are finite.
    private static string? Checked(string file, int number, ArffColumn attribute, string? value)
    {
        if (value is null)
        {
            return null;
        }
        if (attribute.Type == ArffColumnType.Nominal && !attribute.Categories.Contains(value))
        {
            throw new InputException(file, number, null, $"'{value}' is not a declared category of '{attribute.Name}'");
        }
        if (attribute.Type != ArffColumnType.Numeric)
        {
            return value;
        }
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            throw new InputException(file, number, null, $"'{value}' is not a number, but '{attribute.Name}' is numeric");
        }
        return double.IsNaN(parsed) ? null
            : double.IsInfinity(parsed) ? throw new InputException(file, number, null,
                $"'{value}' is not a finite number, but '{attribute.Name}' is numeric and mlops reads only finite numbers; write ? for a missing value")
            : value;
    }

    private static string Shorten(string line) => line.Length <= 40 ? line : line[..40] + "…";
}
