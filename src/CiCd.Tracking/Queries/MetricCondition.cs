using System.Globalization;
using CiCd.Errors;

namespace CiCd.Tracking.Queries;

/// <summary>A metric filter such as `auc&gt;=0.8`.</summary>
public sealed record MetricCondition(string Metric, ComparisonOperator Operator, double Threshold)
{
    // Longest symbols first so ">=" is not read as ">" followed by "=0.8".
    private static readonly (string Symbol, ComparisonOperator Operator)[] Symbols =
    [
        (">=", ComparisonOperator.GreaterOrEqual),
        ("<=", ComparisonOperator.LessOrEqual),
        ("!=", ComparisonOperator.NotEqual),
        (">", ComparisonOperator.Greater),
        ("<", ComparisonOperator.Less),
        ("=", ComparisonOperator.Equal),
    ];

    /// <summary>Parses `name OP number` with OP one of &gt; &gt;= &lt; &lt;= = !=.</summary>
    public static MetricCondition Parse(string text)
    {
        // The operator starts at the first operator character; a name never contains one.
        var at = text.IndexOfAny(['<', '>', '=', '!']);
        var match = at > 0 ? Symbols.FirstOrDefault(s => text.AsSpan(at).StartsWith(s.Symbol, StringComparison.Ordinal)) : default;
        var name = at > 0 ? text[..at].Trim() : "";
        if (match.Symbol is null || name.Length == 0)
        {
            throw new InputException($"metric filter '{text}' must look like name>=number (operators: > >= < <= = !=)");
        }
        var number = text[(at + match.Symbol.Length)..].Trim();
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold) || !double.IsFinite(threshold))
        {
            throw new InputException($"metric filter '{text}': '{number}' is not a finite number");
        }
        return new MetricCondition(name, match.Operator, threshold);
    }
}
