using CiCd.Configuration;
using CiCd.Data;
using CiCd.Metrics;
using CiCd.Train;

namespace CiCd.Benchmarks;

/// <summary>
/// Every candidate of a config scored on the outer folds directly: for reading why one wins, never for the verdict
/// (choosing among these by their outer-fold scores would select on the test folds).
/// </summary>
internal static class CandidateScores
{
    public static List<PipelineScore> On(MlopsConfig config, Dataset data, int[] folds, int count)
    {
        var validator = new CrossValidator(data, folds, count, config.Training.Seed, CostModel.From([], []));
        return [.. config.Training.Candidates.SelectMany(c => SearchSpace.Expand(c, config.Training.Seed))
            .AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(spec => validator.Evaluate(spec))
            .Select(r => new PipelineScore(config.Dataset.Name, "  candidate " + r.Spec.Id,
                [.. r.Folds.Select(f => f.Metrics[MetricNames.Rmse])], [.. r.Folds.Select(f => f.Metrics[MetricNames.R2])], r.Seconds))];
    }
}
