using CiCd.Configuration;
using CiCd.Data;
using CiCd.Errors;
using CiCd.Metrics;
using CiCd.Train;
using CiCd.Train.Regression;
using Microsoft.ML;

namespace CiCd.Gate.Paired;

/// <summary>
/// Scores the champion's model on the candidate's own held-out rows, as TFX's Evaluator does, so the gate compares two
/// models on the same data rather than each model's numbers from its own split. When that is impossible (no model file,
/// other classes, a changed data file, a column the champion reads that the candidate's data lacks, a champion that
/// trained on some of those rows) it says why and the
/// gate falls back to the champion's recorded metrics, flagged as measured on different rows.
/// </summary>
public sealed class ChampionOnCandidateRows(MlopsConfig config, int resamples = 1000)
{
    /// <summary>The champion side of the gate for <paramref name="candidate"/>.</summary>
    public PairedGate Compare(string candidateCardPath, ModelCard candidate, string championCardPath, ModelCard champion)
    {
        var recorded = GateMetrics.From(championCardPath, champion);
        var candidateFolder = Path.GetDirectoryName(Path.GetFullPath(candidateCardPath))!;
        var championModel = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(championCardPath))!, champion.ModelFile);
        var candidateModel = Path.Combine(candidateFolder, candidate.ModelFile);
        var reason = Mismatch(candidate, champion)
            ?? (File.Exists(championModel) ? null : $"the champion's model file {championModel} is not beside its card")
            ?? (File.Exists(candidateModel) ? null : $"the candidate's model file {candidateModel} is not beside its card");
        if (reason is not null)
        {
            return new PairedGate(recorded, PairedComparison.Unpaired(reason));
        }
        if (!File.Exists(config.Dataset.Path))
        {
            return new PairedGate(recorded, PairedComparison.Unpaired($"the data file {config.Dataset.Path} is not here to score the champion on"));
        }
        CsvTable table;
        try
        {
            table = CsvReader.Read(config.Dataset);
        }
        catch (InputException e)
        {
            return new PairedGate(recorded, PairedComparison.Unpaired($"the data file cannot be read ({e.Message})"));
        }
        var fingerprint = DatasetFingerprint.Compute(table, config.Dataset);
        if (fingerprint != candidate.Data.Fingerprint)
        {
            return new PairedGate(recorded, PairedComparison.Unpaired(
                $"{config.Dataset.Path} has changed since the candidate was trained (fingerprint {fingerprint[..12]}, the card has {candidate.Data.Fingerprint[..Math.Min(12, candidate.Data.Fingerprint.Length)]})"));
        }
        var data = DatasetLoader.Load(table, config.Dataset);
        var (rows, missing) = TestRows.Find(candidateFolder, data);
        var unreadable = missing ?? UnreadColumn(champion, data) ?? ChampionTrainingRows.Overlap(championCardPath, champion, candidate, data, rows!);
        if (unreadable is not null)
        {
            return new PairedGate(recorded, PairedComparison.Unpaired(unreadable));
        }
        var test = data.Select(rows!);
        var scoredCandidate = new ScoredModel(Score(candidateModel, test, candidate.TargetTransform), candidate.Threshold);
        double[][] championProbabilities;
        try
        {
            championProbabilities = Score(championModel, test, champion.TargetTransform);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            return new PairedGate(recorded, PairedComparison.Unpaired($"the champion's model cannot score the candidate's rows ({e.Message})"));
        }
        var scoredChampion = new ScoredModel(championProbabilities, champion.Threshold);
        return Paired(test, recorded, scoredCandidate, scoredChampion);
    }

    private PairedGate Paired(Dataset test, GateMetrics recorded, ScoredModel candidate, ScoredModel champion)
    {
        var costs = CostModel.From(config.Dataset.Classes, config.Training.CostMatrix);
        var metricsOf = new TestRowMetrics(config.Dataset.Task, config.Dataset.Classes, costs, test);
        var all = Enumerable.Range(0, test.RowCount).ToArray();
        var a = metricsOf.Of(candidate, all);
        var b = metricsOf.Of(champion, all);
        var metrics = ComparedMetrics().Where(m => a.ContainsKey(m) && b.ContainsKey(m)).ToList();
        var bootstrap = new PairedBootstrap(resamples, config.Training.Seed)
            .Intervals(test.RowCount, rows => metricsOf.Of(candidate, rows), rows => metricsOf.Of(champion, rows), [.. metrics.Where(m => m != MetricNames.RocAuc)]);
        var differences = metrics.Select(metric =>
        {
            if (metric == MetricNames.RocAuc)
            {
                var (difference, lower, upper) = DeLong.Difference(test.Labels, Positive(candidate), Positive(champion));
                return new PairedDifference(metric, a[metric], b[metric], difference, lower, upper, "DeLong");
            }
            var (low, high) = bootstrap[metric];
            return new PairedDifference(metric, a[metric], b[metric], a[metric] - b[metric], low, high, $"paired bootstrap ({resamples} resamples)");
        }).ToList();
        var comparison = new PairedComparison(true,
            $"both models scored on the candidate's {test.RowCount} held-out test rows of {Path.GetRelativePath(Environment.CurrentDirectory, config.Dataset.Path)}", test.RowCount, differences);
        return new PairedGate(recorded with { Source = $"{recorded.Source} (scored on the candidate's test rows)", Metrics = b }, comparison);
    }

    // The metrics a reviewer needs: every gated one and the one training selects by, in that order.
    private List<string> ComparedMetrics() =>
    [
        .. new[] { config.Training.PrimaryMetric }
            .Concat(config.Gates.Thresholds.Select(t => t.Metric))
            .Concat(config.Gates.ChampionRules.Select(r => r.Metric))
            .Distinct(StringComparer.Ordinal),
    ];

    private static double[] Positive(ScoredModel model) => model.Probabilities.Select(p => p[1]).ToArray();

    // A regression model's scores are mapped back through the transform its own card records (the champion may have
    // learned log(1 + y) where the candidate did not), so both answer in the target's own scale.
    private double[][] Score(string modelPath, Dataset rows, TargetTransform transform)
    {
        var model = new MLContext().Model.Load(modelPath, out _);
        return config.Dataset.Task == TaskKind.Regression
            ? [.. RegressionScorer.Predict(model, TableDataView.Of(rows), transform).Select(value => new[] { value })]
            : ModelScorer.Probabilities(model, TableDataView.Of(rows), config.Dataset.Task);
    }

    private static string? Mismatch(ModelCard candidate, ModelCard champion) =>
        champion.Task != candidate.Task ? $"the champion is a {champion.Task} model, the candidate a {candidate.Task} one"
        : !champion.Classes.SequenceEqual(candidate.Classes, StringComparer.Ordinal)
            ? $"the champion predicts [{string.Join(", ", champion.Classes)}], the candidate [{string.Join(", ", candidate.Classes)}]"
        : null;

    // The champion's model reads its own input schema; each of its features must be in the candidate's data with the same type.
    private static string? UnreadColumn(ModelCard champion, Dataset data)
    {
        foreach (var feature in champion.Features)
        {
            var column = data.Columns.FirstOrDefault(c => c.Name == feature.Name);
            if (column is null)
            {
                return $"the champion reads column '{feature.Name}', which the candidate's data does not have";
            }
            if ((column.Numbers is not null) != IsNumeric(feature))
            {
                return $"the champion reads column '{feature.Name}' as {(IsNumeric(feature) ? "numbers" : "text")}, the candidate's data holds it as {(column.Numbers is not null ? "numbers" : "text")}";
            }
        }
        return null;
    }

    private static bool IsNumeric(CardFeature feature) => feature.Kind == ColumnKind.Numeric;
}
