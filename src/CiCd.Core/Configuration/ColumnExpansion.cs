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
        var line = reader.ReadLine();
        return line is null ? null : [.. new CsvTokenizer(path, line.TrimStart('\uFEFF') + "\n").ReadAll()[0].Values.Select(v => (v ?? "").Trim())];
    }
}
