namespace CiCd.Metrics;

/// <summary>Counts of rows by actual class (rows) and predicted class (columns).</summary>
public sealed record ConfusionMatrix(IReadOnlyList<string> Classes, int[][] Counts)
{
    /// <summary>Tallies <paramref name="actual"/> against <paramref name="predicted"/>.</summary>
    public static ConfusionMatrix From(IReadOnlyList<string> classes, IReadOnlyList<int> actual, IReadOnlyList<int> predicted)
    {
        var counts = classes.Select(_ => new int[classes.Count]).ToArray();
        for (var i = 0; i < actual.Count; i++)
        {
            counts[actual[i]][predicted[i]]++;
        }
        return new ConfusionMatrix(classes, counts);
    }

    /// <summary>Precision, recall and F1 of class <paramref name="c"/> (0 where undefined, as is conventional).</summary>
    public ClassScores Scores(int c)
    {
        double truePositive = Counts[c][c];
        double predicted = Counts.Sum(row => row[c]);
        double actual = Counts[c].Sum();
        var precision = predicted == 0 ? 0 : truePositive / predicted;
        var recall = actual == 0 ? 0 : truePositive / actual;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ClassScores(Classes[c], precision, recall, f1, (int)actual);
    }

    /// <summary>Share of rows on the diagonal; none for a matrix without rows (a regression card's), which JSON leaves out.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public double? Accuracy => Counts.Sum(row => row.Sum()) is var rows and > 0
        ? (double)Enumerable.Range(0, Classes.Count).Sum(c => Counts[c][c]) / rows
        : null;
}
