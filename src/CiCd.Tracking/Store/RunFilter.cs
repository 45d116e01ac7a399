using System.Text;
using CiCd.Tracking.Queries;

namespace CiCd.Tracking.Store;

/// <summary>Turns a <see cref="RunQuery"/> into a parameterised selection of runs (alias r), newest first.</summary>
internal static class RunFilter
{
    public static (string Sql, (string Name, object? Value)[] Values) Select(RunQuery query, string columns)
    {
        var sql = new StringBuilder($"SELECT {columns} FROM runs r WHERE 1 = 1");
        var values = new List<(string, object?)> { ("@limit", (long)query.Limit) };
        if (query.Experiment is { } experiment)
        {
            sql.Append(" AND r.experiment = @experiment");
            values.Add(("@experiment", experiment));
        }
        foreach (var (tag, i) in query.Tags.Select((t, i) => (t, i)))
        {
            sql.Append($" AND EXISTS (SELECT 1 FROM tags t WHERE t.run_id = r.run_id AND t.name = @tag{i} AND t.value = @tagValue{i})");
            values.Add(($"@tag{i}", tag.Name));
            values.Add(($"@tagValue{i}", tag.Value));
        }
        foreach (var (condition, i) in query.Metrics.Select((c, i) => (c, i)))
        {
            sql.Append($" AND EXISTS (SELECT 1 FROM metrics m WHERE m.run_id = r.run_id AND m.name = @metric{i} AND m.value {Symbol(condition.Operator)} @threshold{i})");
            values.Add(($"@metric{i}", condition.Metric));
            values.Add(($"@threshold{i}", condition.Threshold));
        }
        sql.Append(" ORDER BY r.started_at DESC, r.run_id LIMIT @limit");
        return (sql.ToString(), values.ToArray());
    }

    private static string Symbol(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Greater => ">",
        ComparisonOperator.GreaterOrEqual => ">=",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Equal => "=",
        ComparisonOperator.NotEqual => "<>",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };
}
