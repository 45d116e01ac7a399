using CiCd.Configuration;
using CiCd.Data;
using CiCd.Monitoring.Alerts;
using CiCd.Monitoring.Data;
using CiCd.Monitoring.Detection;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Profiles;

namespace CiCd.Monitoring.Scenarios.Study;

/// <summary>
/// Measures how often each test flags a known shift: for every repetition the data is split at random
/// into a reference and a pool (or, with --resample, both are drawn with replacement from the whole table),
/// the reference is profiled, a current sample is drawn from the pool with the shift applied, and each test
/// judges the observed column under the default thresholds.
/// </summary>
internal sealed class DetectionStudy(StudyOptions options, DatasetConfig dataset, CsvTable table)
{
    private readonly ScenarioGenerator _generator = new(table, dataset);
    private readonly int[] _allRows = [.. Enumerable.Range(0, table.Rows.Count)];

    public IEnumerable<StudyRow> Run(ScenarioCase scenario)
    {
        var sizes = options.CurrentSizes;
        var detected = new int[scenario.Tests.Length, sizes.Length, scenario.Sizes.Length];
        var flagged = new int[scenario.Tests.Length, sizes.Length, scenario.Sizes.Length];
        var defaults = new int[scenario.Tests.Length];
        Parallel.For(0, options.Repetitions, rep =>
        {
            var seed = options.Seed + rep;
            var (referenceRows, pool) = options.Resample
                ? (_generator.Resample(options.ReferenceRows, seed), _allRows)
                : _generator.Split(options.ReferenceRows, seed);
            var schema = new[] { new SchemaColumn(scenario.ObservedColumn, scenario.ObservedKind) };
            var reference = new ProfileBuilder(new ProfileOptions()).Build(TableColumns.Read(_generator.Take(referenceRows), schema));
            for (var n = 0; n < sizes.Length; n++)
            {
                for (var s = 0; s < scenario.Sizes.Length; s++)
                {
                    var shift = new Scenarios.Shift(scenario.Kind, scenario.ShiftedColumn, scenario.Sizes[s]);
                    var current = TableColumns.Read(_generator.Generate(pool, sizes[n], [shift], (seed * 31) + (n * 7) + s, options.Resample), schema);
                    for (var t = 0; t < scenario.Tests.Length; t++)
                    {
                        var column = Judge(reference, current, scenario.ObservedColumn, scenario.Tests[t]);
                        Count(detected, t, n, s, column.Drifted);
                        Count(flagged, t, n, s, column.Alert.Level != AlertLevel.Green);
                        if (rep == 0 && n == 0 && s == 0 && Default(reference, current, scenario.ObservedColumn) == scenario.Tests[t])
                        {
                            defaults[t] = 1;
                        }
                    }
                }
            }
        });
        for (var t = 0; t < scenario.Tests.Length; t++)
        {
            for (var n = 0; n < sizes.Length; n++)
            {
                yield return new StudyRow(scenario.Kind.ToString(), scenario.ShiftedColumn, scenario.ObservedColumn, scenario.Tests[t].ConfigName(),
                    defaults[t] == 1, sizes[n], scenario.Sizes,
                    [.. Enumerable.Range(0, scenario.Sizes.Length).Select(s => detected[t, n, s] / (double)options.Repetitions)],
                    [.. Enumerable.Range(0, scenario.Sizes.Length).Select(s => flagged[t, n, s] / (double)options.Repetitions)]);
            }
        }
    }

    private static ColumnDrift Judge(ReferenceProfile reference, IReadOnlyList<DataColumn> current, string column, DriftTest test)
    {
        var policy = new DriftPolicy { Columns = new Dictionary<string, ColumnDriftOptions> { [column] = new() { Test = test } } };
        return new DriftDetector(policy).Detect(reference, current).Columns[0];
    }

    private static DriftTest? Default(ReferenceProfile reference, IReadOnlyList<DataColumn> current, string column) =>
        new DriftDetector(new DriftPolicy()).Detect(reference, current).Columns[0].Test?.Test;

    private static void Count(int[,,] counts, int t, int n, int s, bool hit)
    {
        if (hit)
        {
            Interlocked.Increment(ref counts[t, n, s]);
        }
    }
}
