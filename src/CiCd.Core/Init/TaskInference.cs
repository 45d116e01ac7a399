using CiCd.Configuration;
using CiCd.Data;
using CiCd.Errors;

namespace CiCd.Init;

/// <summary>
/// Which task a target column asks for when <c>--task</c> is not given: two values are binary; numbers with more than
/// <see cref="MaxClassLikeNumbers"/> distinct values, or any fraction, are a quantity to predict (regression); other
/// values are classes.
/// </summary>
public static class TaskInference
{
    /// <summary>
    /// Up to this many distinct whole numbers still read as classes (digits 0–9, a 1–10 rating, wine quality 3–8); a
    /// target with more, such as a price or a count, is a quantity.
    /// </summary>
    public const int MaxClassLikeNumbers = 20;

    /// <summary>The task for the target column <paramref name="targetIndex"/> of <paramref name="table"/>, or the one <paramref name="asked"/> for after checking it fits.</summary>
    public static TaskKind Decide(CsvTable table, int targetIndex, TaskKind? asked)
    {
        var rows = table.Rows;
        var distinct = rows.Select(r => r.Values[targetIndex]!.Trim()).Distinct(StringComparer.Ordinal).Count();
        var firstNonNumber = rows.FirstOrDefault(r => !NumberText.TryParse(r.Values[targetIndex]!, out _));
        if (asked == TaskKind.Regression)
        {
            return firstNonNumber is null
                ? TaskKind.Regression
                : throw new InputException(table.File, firstNonNumber.Line, targetIndex + 1,
                    $"--task regression needs a number in every row of '{table.Header[targetIndex]}', found '{firstNonNumber.Values[targetIndex]}'");
        }
        if (asked is { } task)
        {
            return task;
        }
        if (distinct == 2)
        {
            return TaskKind.Binary;
        }
        var fractions = firstNonNumber is null && rows.Any(r => NumberText.TryParse(r.Values[targetIndex]!, out var y) && y != Math.Floor(y));
        return firstNonNumber is null && (distinct > MaxClassLikeNumbers || fractions) ? TaskKind.Regression : TaskKind.Multiclass;
    }
}
