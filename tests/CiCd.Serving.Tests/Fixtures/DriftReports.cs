using System.Collections.Concurrent;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Formats;
using CiCd.Monitoring.Analysis;
using CiCd.Monitoring.Current;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Profiles;
using CiCd.Monitoring.Scenarios;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>
/// Drift reports made by the real drift code: the model's training split as the reference, and current data drawn
/// from the same file by the scenario generator, unchanged (green) or with strong shifts injected (red).
/// </summary>
public static class DriftReports
{
    /// <summary>The numeric feature every drifted scenario moves by two standard deviations.</summary>
    public const string ShiftedFeature = "duration";

    private const int CurrentRows = 400;

    // A report is a pure function of the model (the scenario's seed is fixed) and an immutable record: made once per
    // test run, the dashboard classes and sites that all want the same two reports each cost a second of CPU otherwise.
    private static readonly ConcurrentDictionary<(TrainedModel Model, bool Drifted), Lazy<DriftReport>> Made = new();

    /// <summary>Current rows from the training split itself: every feature green.</summary>
    public static DriftReport Green(TrainedModel model) => Once(model, drifted: false, () => Run(model, [], sameAsReference: true));

    /// <summary>Every numeric feature shifted and four categorical ones flooded with a new category: dataset drift, red.</summary>
    public static DriftReport Drifted(TrainedModel model) => Once(model, drifted: true, () => MakeDrifted(model));

    private static DriftReport Once(TrainedModel model, bool drifted, Func<DriftReport> make) =>
        Made.GetOrAdd((model, drifted), _ => new Lazy<DriftReport>(make)).Value;

    private static DriftReport MakeDrifted(TrainedModel model)
    {
        var dataset = model.Config.Dataset;
        var numeric = dataset.Features.Where(c => c.IsNumeric).Select(c => new Shift(ShiftKind.MeanShift, c.Name, 2.0));
        var categorical = dataset.Features.Where(c => c.Kind == Configuration.ColumnKind.Categorical).Take(4).Select(c => new Shift(ShiftKind.NewCategory, c.Name, 0.6));
        return Run(model, [.. numeric, .. categorical], sameAsReference: false);
    }

    /// <summary>Writes <paramref name="report"/> as <c>drift.json</c> in <paramref name="folder"/>, as <c>mlops drift --out</c> does.</summary>
    public static string Write(string folder, DriftReport report, DateTimeOffset? generated = null)
    {
        var path = Path.Combine(folder, DriftFiles.Json);
        JsonReport.Write(path, generated is { } time ? report with { GeneratedUtc = time } : report);
        return path;
    }

    private static DriftReport Run(TrainedModel model, IReadOnlyList<Shift> shifts, bool sameAsReference)
    {
        var config = model.Config;
        var table = CsvReader.Read(config.Dataset.Path);
        var generator = new ScenarioGenerator(table, config.Dataset);
        var reference = TrainingReference.Build(config);
        var rows = sameAsReference ? TrainingRows(config, table) : Enumerable.Range(0, table.Rows.Count).ToArray();
        var current = generator.Generate(rows, sameAsReference ? rows.Length : CurrentRows, shifts, seed: 11);
        return new DriftAnalysis(new DriftInputs
        {
            Reference = reference,
            ReferenceSource = "training split of " + config.Dataset.Path,
            Current = new CsvCurrentData(current, null),
            Policy = config.Drift.ToPolicy(),
        }).Run();
    }

    private static int[] TrainingRows(MlopsConfig config, CsvTable table)
    {
        var data = DatasetLoader.Load(table, config.Dataset);
        return [.. Train.StratifiedSplit.Holdout(data.Labels, config.Training.TestFraction, config.Training.Seed).Train];
    }
}
