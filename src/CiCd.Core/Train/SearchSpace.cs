using CiCd.Configuration;

namespace CiCd.Train;

/// <summary>Expands a candidate's search space into concrete settings: every combination (grid) or a seeded sample (random).</summary>
public static class SearchSpace
{
    /// <summary>The settings to cross-validate for <paramref name="candidate"/>, in a fixed order.</summary>
    public static IReadOnlyList<CandidateSpec> Expand(CandidateConfig candidate, int seed)
    {
        var names = candidate.Space.Keys.Order(StringComparer.Ordinal).ToList();
        var grid = names.Aggregate(
            (IEnumerable<Dictionary<string, double>>)[new Dictionary<string, double>(StringComparer.Ordinal)],
            (settings, name) => settings.SelectMany(s => candidate.Space[name].Select(v => new Dictionary<string, double>(s, StringComparer.Ordinal) { [name] = v })))
            .ToList();
        if (candidate.Search == SearchStrategy.Random && grid.Count > candidate.Trials)
        {
            // Seeded partial Fisher–Yates: the same seed draws the same combinations. (HashCode is
            // randomized per process, so the trainer's name is folded in with a stable hash instead.)
            var random = new Random(candidate.Trainer.Aggregate(seed, (hash, c) => unchecked((hash * 31) + c)));
            for (var i = 0; i < candidate.Trials; i++)
            {
                var j = i + random.Next(grid.Count - i);
                (grid[i], grid[j]) = (grid[j], grid[i]);
            }
            grid = grid.Take(candidate.Trials).ToList();
        }
        return grid.Select(values => new CandidateSpec(candidate.Trainer, values)).Distinct(SpecComparer.Instance).ToList();
    }

    private sealed class SpecComparer : IEqualityComparer<CandidateSpec>
    {
        public static readonly SpecComparer Instance = new();

        public bool Equals(CandidateSpec? x, CandidateSpec? y) => x?.Id == y?.Id;

        public int GetHashCode(CandidateSpec obj) => StringComparer.Ordinal.GetHashCode(obj.Id);
    }
}
