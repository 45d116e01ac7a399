using System.Globalization;
using System.Text.RegularExpressions;

namespace CiCd.Workflows.Tests.Model;

/// <summary>
/// Evaluates the small part of GitHub's expression language the workflows use in values such as a concurrency group:
/// <c>${{ … }}</c> inside text, with string and number literals, context paths, <c>==</c>, <c>!=</c>, <c>&amp;&amp;</c>,
/// <c>||</c>, parentheses and <c>format()</c>. As on GitHub, <c>&amp;&amp;</c> and <c>||</c> return an operand, and null,
/// false, 0 and '' are falsy.
/// </summary>
public sealed partial class Expression
{
    private readonly List<string> _tokens;
    private readonly IReadOnlyDictionary<string, object?> _context;
    private int _next;

    private Expression(string source, IReadOnlyDictionary<string, object?> context)
    {
        _tokens = [.. Token().Matches(source).Select(m => m.Value).Where(t => !string.IsNullOrWhiteSpace(t))];
        _context = context;
    }

    /// <summary>The text with every <c>${{ … }}</c> replaced by its value as GitHub would print it.</summary>
    public static string Interpolate(string text, IReadOnlyDictionary<string, object?> context) =>
        Embedded().Replace(text, m => Print(Evaluate(m.Groups[1].Value, context)));

    public static object? Evaluate(string source, IReadOnlyDictionary<string, object?> context)
    {
        var expression = new Expression(source, context);
        var value = expression.Or();
        return expression._next == expression._tokens.Count ? value : throw new FormatException($"unexpected '{expression._tokens[expression._next]}' in {source}");
    }

    private object? Or()
    {
        var left = And();
        while (Accept("||"))
        {
            var right = And();
            left = Truthy(left) ? left : right;
        }
        return left;
    }

    private object? And()
    {
        var left = Comparison();
        while (Accept("&&"))
        {
            var right = Comparison();
            left = Truthy(left) ? right : left;
        }
        return left;
    }

    private object? Comparison()
    {
        var left = Primary();
        if (Accept("=="))
        {
            return string.Equals(Print(left), Print(Primary()), StringComparison.OrdinalIgnoreCase);
        }
        return Accept("!=") ? !string.Equals(Print(left), Print(Primary()), StringComparison.OrdinalIgnoreCase) : left;
    }

    private object? Primary()
    {
        var token = _tokens[_next++];
        if (token == "(")
        {
            var inner = Or();
            Expect(")");
            return inner;
        }
        if (token.StartsWith('\''))
        {
            return token[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }
        if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        if (token == "format" && Accept("("))
        {
            var arguments = new List<object?> { Or() };
            while (Accept(","))
            {
                arguments.Add(Or());
            }
            Expect(")");
            var pattern = Print(arguments[0]);
            return Placeholder().Replace(pattern, m => Print(arguments[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1]));
        }
        return token switch
        {
            "true" => true,
            "false" => false,
            "null" => null,
            _ => _context.GetValueOrDefault(token),
        };
    }

    private bool Accept(string token)
    {
        if (_next < _tokens.Count && _tokens[_next] == token)
        {
            _next++;
            return true;
        }
        return false;
    }

    private void Expect(string token)
    {
        if (!Accept(token))
        {
            throw new FormatException($"expected '{token}'");
        }
    }

    private static bool Truthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        double d => d != 0 && !double.IsNaN(d),
        string s => s.Length > 0,
        _ => true,
    };

    private static string Print(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        double d => d.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    [GeneratedRegex(@"'(?:[^']|'')*'|&&|\|\||==|!=|[(),]|[A-Za-z_][A-Za-z0-9_.-]*|\d+(\.\d+)?|\s+")]
    private static partial Regex Token();

    [GeneratedRegex(@"\$\{\{(.*?)\}\}", RegexOptions.Singleline)]
    private static partial Regex Embedded();

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}
