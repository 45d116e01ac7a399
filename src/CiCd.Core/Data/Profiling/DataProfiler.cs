using CiCd.Configuration;

namespace CiCd.Data.Profiling;

/// <summary>Profiles a data set: each column on its own (one sort and a few passes), then the target, associations, correlations and alerts.</summary>
public static class DataProfiler
{
    /// <summary>The profile of <paramref name="input"/>; <paramref name="progress"/> hears of each column as it is done.</summary>
    public static DataProfile Profile(ProfileInput input, ProfileOptions? options = null, IProgress<ProfileProgress>? progress = null, TimeProvider? clock = null)
    {
        options ??= new ProfileOptions();
        var profiler = new ColumnProfiler(input, options);
        var columns = new List<ColumnResult>(input.Columns.Count);
        foreach (var column in input.Columns)
        {
            var declared = input.Declared.TryGetValue(column.Name, out var kind) ? kind : (ColumnKind?)null;
            columns.Add(profiler.Profile(column, declared));
            progress?.Report(new ProfileProgress(column.Name, columns.Count, input.Columns.Count));
        }
        var target = Target(input);
        var duplicates = DuplicateRows.Count(input);
        var (matrices, pairs) = FeatureCorrelations.Compute(columns, options);
        var missing = columns.Sum(c => (long)c.Profile.Missing);
        var cells = (long)input.RowCount * Math.Max(1, columns.Count);
        return new DataProfile
        {
            Source = input.Source,
            Name = input.Config.Name,
            GeneratedUtc = (clock ?? TimeProvider.System).GetUtcNow(),
            Overview = new ProfileOverview(
                input.RowCount,
                columns.Count,
                columns.GroupBy(c => ProfileAlerts.Name(c.Profile.Inferred)).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
                missing,
                (double)missing / cells,
                duplicates,
                Memory(input),
                input.Fingerprint)
            {
                BinaryColumns = columns.Count(c => c.Profile.Binary),
            },
            Target = target,
            Columns = [.. columns.Select(c => c.Profile)],
            Associations = [.. columns.Select(c => c.Association).OrderByDescending(a => a.NormalizedMutualInformation).ThenBy(a => a.Feature, StringComparer.Ordinal)],
            Correlations = matrices,
            HighlyCorrelated = pairs,
            Alerts = ProfileAlerts.Find(input, columns, target, duplicates, pairs, options),
        };
    }

    private static TargetSummary Target(ProfileInput data)
    {
        var counts = new int[data.Config.Classes.Count];
        foreach (var label in data.Labels)
        {
            counts[label]++;
        }
        return new TargetSummary(data.Config.Target,
            [.. data.Config.Classes.Select((c, i) => new LevelCount(c, counts[i], (double)counts[i] / data.RowCount))],
            data.Config.PositiveClass);
    }

    // Numbers are 4 bytes a row; texts are a reference a row plus each distinct string once (header + 2 bytes a char).
    private static long Memory(ProfileInput data) =>
        (data.RowCount * 8L) + data.Columns.Sum(c => c.Numbers is not null
            ? c.Numbers.LongLength * 4
            : (c.Codes!.LongLength * 8) + c.LevelCounts().Zip(c.Levels).Where(p => p.First > 0).Sum(p => 22L + (2L * p.Second.Length)));
}
