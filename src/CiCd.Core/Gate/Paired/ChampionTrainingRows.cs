using CiCd.Data;
using CiCd.Train;

namespace CiCd.Gate.Paired;

/// <summary>
/// Whether the champion may have trained on rows it would be judged on. A champion trained at another seed or
/// test_fraction, or on another version of the data file, learned some of the candidate's test rows; scored on them it
/// looks better than it is, and the gate would keep it against a better candidate. Only a champion whose own test rows
/// hold every one of the candidate's is paired.
/// </summary>
internal static class ChampionTrainingRows
{
    /// <summary>Null when the champion held out every row of <paramref name="candidateRows"/>, else why it may not have.</summary>
    public static string? Overlap(string championCardPath, ModelCard champion, ModelCard candidate, Dataset data, int[] candidateRows)
    {
        if (champion.Data.Fingerprint != candidate.Data.Fingerprint)
        {
            return $"the champion was trained on other data (fingerprint {Short(champion.Data.Fingerprint)}, the candidate's {Short(candidate.Data.Fingerprint)}), " +
                "which may hold the candidate's test rows";
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(championCardPath))!;
        // A registered version keeps its test predictions beside its card; a training folder under evaluation/.
        var path = new[] { Path.Combine(folder, Path.GetFileName(TrainingFiles.Predictions)), Path.Combine(folder, TrainingFiles.Predictions) }
            .FirstOrDefault(File.Exists);
        if (path is null)
        {
            return "the champion's test predictions are not beside its card, so the rows it trained on are unknown";
        }
        var (rows, reason) = TestRows.Read(path, data);
        if (rows is null)
        {
            return reason;
        }
        var heldOut = rows.ToHashSet();
        var learned = candidateRows.Count(row => !heldOut.Contains(row));
        return learned == 0
            ? null
            : $"the champion trained on {learned} of the candidate's {candidateRows.Length} test rows (another seed or test_fraction), so it would be judged on rows it learned";
    }

    private static string Short(string fingerprint) => fingerprint[..Math.Min(12, fingerprint.Length)];
}
