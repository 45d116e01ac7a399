using System.Text.RegularExpressions;
using CiCd.Data;

namespace CiCd.Configuration;

/// <summary>
/// Wide data without one line per column: a column name holding <c>*</c> is a pattern (<c>p*: numeric</c>), and
/// <c>dataset.default_kind</c> covers every header column nothing else names. Both are matched against the data
/// file's header, read once when the config loads; without the file only the columns named outright remain.
/// </summary>
internal static class ColumnExpansion
{
    public static bool IsPattern(string name) => name.Contains('*', StringComparison.Ordinal);

    /// <summary>The declared columns with patterns and the default kind applied to the header of <paramref name="dataPath"/>, in file order.</summary>
    public static List<ColumnSpec> Expand(IReadOnlyList<ColumnSpec> declared, ColumnKind? defaultKind, string dataPath, double defaultMissingShare)
    {
        var patterns = declared.Where(c => IsPattern(c.Name)).Select(c => (Spec: c, Match: Glob(c.Name))).ToList();
        if ((patterns.Count == 0 && defaultKind is null) || Header(dataPath) is not { } header)
        {
            return [.. declared.Where(c => !IsPattern(c.Name))];
        }
        var named = declared.Where(c => !IsPattern(c.Name)).ToDictionary(c => c.Name, StringComparer.Ordinal);
        var columns = new List<ColumnSpec>(header.Count);
        foreach (var name in header)
        {
            if (named.Remove(name, out var spec))
            {
                columns.Add(spec);
            }
            else if (patterns.Find(p => p.Spec.Name == name).Spec is { } literal)
            {
                // A header name holding '*' (as `mlops init` writes it) is that column before it is anyone's pattern.
                columns.Add(literal);
            }
            else if (patterns.FirstOrDefault(p => p.Match.IsMatch(name)).Spec is { } pattern)
            {
                columns.Add(pattern with { Name = name });
            }
            else if (defaultKind is { } kind)
            {
                columns.Add(new ColumnSpec(name, kind, [], [], null, defaultMissingShare, Severity.Error));
            }
        }
        // Named columns the header lacks stay, so loading the data reports them as it always has.
        columns.AddRange(named.Values);
        return columns;
    }

    private static Regex Glob(string pattern) =>
        new("^" + string.Join(".*", pattern.Split('*').Select(Regex.Escape)) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static List<string>? Header(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        using var reader = new StreamReader(path);
        // Up to the first line break outside quotes: a quoted name may hold one. Names stay as the readers keep them, untrimmed.
        var record = new System.Text.StringBuilder();
        var quoted = false;
        var c = reader.Read();
        while (c is '\n' or '\r')
        {
            // Blank lines before the header are skipped, as the readers skip them.
            c = reader.Read();
        }
        for (; c >= 0 && (quoted || c is not ('\n' or '\r')); c = reader.Read())
        {
            quoted ^= c == '"';
            record.Append((char)c);
        }
        return record.Length == 0 ? null : [.. new CsvTokenizer(path, record.ToString().TrimStart('\uFEFF') + "\n").ReadAll()[0].Values.Select(v => v ?? "")];
    }
}
