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
        foreach (var (symbol, op) in Symbols)
        {
            var at = text.IndexOf(symbol, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }
            var name = text[..at].Trim();
            var number = text[(at + symbol.Length)..].Trim();
            if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold) || !double.IsFinite(threshold))
            {
                throw new InputException($"metric filter '{text}': '{number}' is not a finite number");
            }
            return new MetricCondition(name, op, threshold);
        }
        throw new InputException($"metric filter '{text}' must look like name>=number (operators: > >= < <= = !=)");
    }
}
