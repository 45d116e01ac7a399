using CiCd.Configuration;
using CiCd.Data;
using CiCd.Errors;
using CiCd.Formats;

namespace CiCd.Init;

/// <summary>The target's classes in the order the config lists them, checked against the task.</summary>
internal static class ClassCounts
{
    /// <summary>Binary: the negative class, then the positive one (the yes of a yes/no pair, else the minority, unless --positive says otherwise); multiclass: by value.</summary>
    public static List<(string Class, int Count)> Order(List<(string Class, int Count)> counts, TaskKind task, InitRequest request, string file, int column)
    {
        if (counts.Count == 1)
        {
            // Neither task can learn from one class, so no --task is offered.
            throw new InputException(file, null, column,
                $"the target '{request.Target}' holds a single class ('{counts[0].Class}' in {Counted.Of(counts[0].Count, "row")}): " +
                "a classifier needs rows of at least 2 classes; check --target names the label column, or add the rows of the other classes");
        }
        if (task == TaskKind.Binary && counts.Count != 2)
        {
            throw new InputException(file, null, column,
                $"--task binary needs exactly 2 classes in '{request.Target}', found {counts.Count}; use --task multiclass{RegressionHint(counts)}");
        }
        if (task == TaskKind.Multiclass && counts.Count < 3)
        {
            throw new InputException(file, null, column,
                $"--task multiclass needs at least 3 classes in '{request.Target}', found {counts.Count}; use --task binary");
        }
        return task == TaskKind.Binary ? BinaryOrder(counts, request, file) : [.. counts.OrderBy(c => c.Class, ClassOrder.Instance)];
    }

    // Boston's MEDV asked for as binary has 229 "classes": amounts, which a regression predicts; a few coded numbers
    // (1, 2, 3) stay classes, so both are offered.
    private static string RegressionHint(List<(string Class, int Count)> counts) =>
        counts.TrueForAll(c => NumberText.TryParse(c.Class, out _)) ? ", or --task regression to predict its values as numbers" : "";

    private static List<(string Class, int Count)> BinaryOrder(List<(string Class, int Count)> counts, InitRequest request, string file)
    {
        if (request.PositiveClass is { } asked && !counts.Exists(c => c.Class == asked))
        {
            throw new InputException(file, null, null,
                $"--positive '{asked}' is not a class of '{request.Target}' ({string.Join(", ", counts.Select(c => c.Class))})");
        }
        var positive = request.PositiveClass ?? Affirmative(counts)
            ?? counts.OrderBy(c => c.Count).ThenByDescending(c => c.Class, ClassOrder.Instance).First().Class;
        return [counts.Single(c => c.Class != positive), counts.Single(c => c.Class == positive)];
    }

    /// <summary>
    /// The "yes" side of two classes that read as yes and no (Yes/No, true/false, 1/0, positive/negative), whatever their
    /// shares: a newcomer reads a score on "defaulted = Yes" as the risk of default, never as its complement.
    /// </summary>
    public static string? Affirmative(IReadOnlyList<(string Class, int Count)> counts)
    {
        if (counts.Count != 2)
        {
            return null;
        }
        var (a, b) = (counts[0].Class.Trim().ToLowerInvariant(), counts[1].Class.Trim().ToLowerInvariant());
        foreach (var (yes, no) in YesNo)
        {
            if ((a, b) == (yes, no) || (a, b) == (no, yes))
            {
                return a == yes ? counts[0].Class : counts[1].Class;
            }
        }
        return null;
    }

    private static readonly (string Yes, string No)[] YesNo =
        [("yes", "no"), ("y", "n"), ("true", "false"), ("t", "f"), ("1", "0"), ("positive", "negative"), ("pos", "neg")];

    // Classes that are numbers sort by value ("2" before "10"), others by text.
    private sealed class ClassOrder : IComparer<string>
    {
        public static readonly ClassOrder Instance = new();

        public int Compare(string? x, string? y) =>
            NumberText.TryParse(x ?? "", out var a) && NumberText.TryParse(y ?? "", out var b)
                ? a.CompareTo(b)
                : string.CompareOrdinal(x, y);
    }
}
