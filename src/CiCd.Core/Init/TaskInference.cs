using CiCd.Configuration;
using CiCd.Data;
using CiCd.Data.Columnar;
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
        var columnar = ColumnarReader.FromTable(table, InitialData.TextsOf(table.File, table.Header, table.Header[targetIndex]));
        return Decide(columnar, columnar.Column(table.Header[targetIndex])!, asked);
    }

    /// <summary>The task for the <paramref name="target"/> column (read as texts) of <paramref name="table"/>, or the one <paramref name="asked"/> for after checking it fits.</summary>
    public static TaskKind Decide(ColumnarTable table, ColumnValues target, TaskKind? asked)
    {
        // Each level is parsed once; the first row holding a level that is no number names the line.
        var numbers = target.Levels.Select(level => NumberText.TryParse(level, out var y) ? y : (double?)null).ToArray();
        var codes = target.Codes!;
        var firstNonNumber = Array.FindIndex(codes, code => code >= 0 && numbers[code] is null);
        var distinct = codes.Where(code => code >= 0).Distinct().Count();
        if (asked == TaskKind.Regression)
        {
            return firstNonNumber < 0
                ? TaskKind.Regression
                : throw new InputException(table.File, table.Lines[firstNonNumber], target.Index + 1,
                    $"--task regression needs a number in every row of '{target.Name}', found '{target.RawLevel(codes[firstNonNumber])}'");
        }
        if (asked is { } task)
        {
            return task;
        }
        if (distinct == 2)
        {
            return TaskKind.Binary;
        }
        var fractions = firstNonNumber < 0 && numbers.Any(y => y is { } v && v != Math.Floor(v));
        return firstNonNumber < 0 && (distinct > MaxClassLikeNumbers || fractions) ? TaskKind.Regression : TaskKind.Multiclass;
    }
}
