using System.Globalization;
using CiCd.Train;

namespace CiCd.Reporting.Content;

/// <summary>
/// Short names for candidates: a card's candidate ids spell out every hyperparameter, too long for a chart
/// axis, so charts and tables use "#n trainer" and list the settings beside it.
/// </summary>
public static class CandidateLabel
{
    /// <summary>"#n trainer", n counting from 1 in the card's order.</summary>
    public static string Name(IReadOnlyList<CardCandidate> candidates, CardCandidate candidate)
    {
        var number = 1;
        foreach (var each in candidates)
        {
            if (ReferenceEquals(each, candidate) || each.Id == candidate.Id)
            {
                break;
            }
            number++;
        }
        return $"#{number} {candidate.Trainer}";
    }

    /// <summary>The hyperparameters as "name=value, …", sorted by name.</summary>
    public static string Settings(CardCandidate candidate) =>
        string.Join(", ", candidate.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={p.Value.ToString("G6", CultureInfo.InvariantCulture)}"));
}
