using System.Globalization;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Formats;

namespace CiCd.Init;

/// <summary>
/// What a newcomer should know before trusting the config <c>mlops init</c> wrote: the data can make a default
/// misleading even though every stage runs.
/// </summary>
public static class InitWarnings
{
    // Below this many positives in the test split, the test AUC's spread at chance level exceeds ±0.1.
    private const int FewTestPositives = 10;

    // Below this share, the fewest-errors threshold tends to predict the majority class for every row.
    private const double RareShare = 0.1;

    // A class with fewer rows than this is one the test split and the folds hold once or not at all.
    private const int FewClassRows = 5;

    /// <summary>The warnings for <paramref name="data"/> (none for a balanced data set of a reasonable size).</summary>
    public static IReadOnlyList<string> For(DataSummary data)
    {
        if (data.Task == TaskKind.Multiclass)
        {
            return RareClasses(data);
        }
        if (data.Task != TaskKind.Binary)
        {
            return [];
        }
        var (positive, count) = data.ClassCounts[1];
        var share = count / (double)data.Rows;
        var warnings = new List<string>();
        var testPositives = InitialSplit.TestRows(count);
        if (testPositives < FewTestPositives)
        {
            var rows = testPositives == 1 ? "row goes" : "rows go";
            warnings.Add($"only about {testPositives} '{positive}' {rows} to the test split: its roc_auc can move by 0.1–0.2 from one " +
                "split to the next, so the gate can fail or pass by chance; collect more rows of that class or raise training.test_fraction");
        }
        if (share < RareShare)
        {
            warnings.Add($"'{positive}' is {share.ToString("P1", CultureInfo.InvariantCulture)} of the rows: without training.cost_matrix the " +
                $"fewest-errors threshold may never predict it; say what a missed '{positive}' costs compared with a false alarm");
        }
        return warnings;
    }

    /// <summary>
    /// A warning naming the classes the source declares (<paramref name="declared"/>, an ARFF file's nominal target) that
    /// no row holds, as weka's glass.arff declares 'vehic wind non-float'. Unlike a feature's declared levels they are
    /// not written into <c>classes</c>: a model learns a class from its rows, and <c>validation.class_share</c> would
    /// refuse one with none.
    /// </summary>
    public static IReadOnlyList<string> ForDeclaredClasses(DataSummary data, IReadOnlyList<string>? declared)
    {
        var unseen = declared?.Where(d => !data.ClassCounts.Any(c => c.Class == d)).ToList() ?? [];
        return unseen.Count == 0 ? [] :
        [
            $"the ARFF header declares {Counted.Of(unseen.Count, "class", "classes")} no row holds ({string.Join(", ", unseen.Select(c => $"'{c}'"))}): " +
                "`classes` lists only those with rows, since a model learns a class from its rows; add it once rows hold it",
        ];
    }

    /// <summary>
    /// A warning when names of <paramref name="header"/> are numbers: the first line may be a row of data rather than
    /// column names (a CSV saved without its header line; scikit-learn's bundled CSVs start with their row and column
    /// counts, so iris.csv's "150,4,setosa,…" became column names).
    /// </summary>
    public static IReadOnlyList<string> ForHeader(IReadOnlyList<string> header)
    {
        var numbers = header.Where(name => NumberText.TryParse(name, out _)).ToList();
        return numbers.Count == 0 ? [] :
        [
            $"the first line's {(numbers.Count == 1 ? "name" : "names")} {string.Join(", ", numbers.Take(5).Select(n => $"'{n}'"))}" +
            $"{(numbers.Count > 5 ? $" (and {numbers.Count - 5} more)" : "")} {(numbers.Count == 1 ? "is a number" : "are numbers")}: " +
            "mlops reads the first line as the column names, so if it is a row of data, add a line naming the columns above it",
        ];
    }

    private static List<string> RareClasses(DataSummary data)
    {
        var rare = data.ClassCounts.Where(c => c.Count < FewClassRows).ToList();
        return rare.Count == 0 ? [] :
        [
            $"{string.Join(", ", rare.Select(c => $"'{c.Class}' ({Counted.Of(c.Count, "row")})"))} {(rare.Count == 1 ? "has" : "have")} " +
            $"fewer than {FewClassRows} rows: the model can hardly learn {(rare.Count == 1 ? "it" : "them")}, per-class scores are noise and " +
            "training.folds is cut to what the smallest class allows; collect more rows or merge into a related class",
        ];
    }
}
