namespace CiCd.Train;

/// <summary>Seeded, stratified row assignments: every class keeps its share in each part.</summary>
public static class StratifiedSplit
{
    /// <summary>Splits row indexes into a training part and a held-out test part of about <paramref name="testFraction"/>.</summary>
    public static (int[] Train, int[] Test) Holdout(int[] labels, double testFraction, int seed)
    {
        var train = new List<int>();
        var test = new List<int>();
        foreach (var rows in ShuffledByClass(labels, seed))
        {
            var testCount = TestRows(rows.Count, testFraction);
            test.AddRange(rows.Take(testCount));
            train.AddRange(rows.Skip(testCount));
        }
        return ([.. train.Order()], [.. test.Order()]);
    }

    /// <summary>How many of a class's <paramref name="classRows"/> rows <see cref="Holdout"/> puts in the test part.</summary>
    public static int TestRows(int classRows, double testFraction) =>
        (int)Math.Round(classRows * testFraction, MidpointRounding.AwayFromZero);

    /// <summary>The fold (0 … <paramref name="folds"/> − 1) of each row, dealt round-robin within each class.</summary>
    public static int[] Folds(int[] labels, int folds, int seed)
    {
        var assignment = new int[labels.Length];
        foreach (var rows in ShuffledByClass(labels, seed))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                assignment[rows[i]] = i % folds;
            }
        }
        return assignment;
    }

    private static IEnumerable<List<int>> ShuffledByClass(int[] labels, int seed)
    {
        var random = new Random(seed);
        foreach (var label in labels.Distinct().Order())
        {
            var rows = Enumerable.Range(0, labels.Length).Where(i => labels[i] == label).ToList();
            for (var i = rows.Count - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (rows[i], rows[j]) = (rows[j], rows[i]);
            }
            yield return rows;
        }
    }
}
