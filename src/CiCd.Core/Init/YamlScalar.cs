using System.Globalization;
using System.Text.RegularExpressions;

namespace CiCd.Init;

/// <summary>Writes a value as a YAML scalar that reads back as the same text: plain when safe, single-quoted otherwise.</summary>
public static partial class YamlScalar
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~",
    };

    /// <summary>The scalar for <paramref name="text"/>.</summary>
    public static string Of(string text) =>
        Plain().IsMatch(text) && !Reserved.Contains(text) ? text : "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A flow list of scalars: <c>[a, 'b c']</c>.</summary>
    public static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Of)) + "]";

    /// <summary>A number in the invariant culture, shortest round-trip form.</summary>
    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_./\-]*$")]
    private static partial Regex Plain();
}
