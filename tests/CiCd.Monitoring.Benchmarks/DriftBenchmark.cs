using CiCd.Monitoring.Statistics;

namespace CiCd.Monitoring.Benchmarks;

/// <summary>KS + PSI (reference-decile bins) + Jensen-Shannon on every column, columns in parallel.</summary>
internal sealed class DriftBenchmark(BenchmarkOptions options)
{
    public ColumnResult[] Run()
    {
        var file = new ColumnFile(options.DataFile, options.Rows, options.Columns);
        var results = new ColumnResult[options.Columns];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Threads };
        Parallel.For(0, options.Columns, parallel, column =>
        {
            // Each column is read into a fresh array that the sample then owns: no second copy.
            var reference = SortedSample.Adopt(file.Reference(column));
            var current = SortedSample.Adopt(file.Current(column));
            var ks = KolmogorovSmirnov.Test(reference, current);
            var bins = QuantileBins.FromReference(reference, options.Bins);
            var referenceCounts = bins.CountSorted(reference);
            var currentCounts = bins.CountSorted(current);
            results[column] = new ColumnResult(
                column,
                ks.Statistic,
                ks.PValue,
                PopulationStabilityIndex.Compute(referenceCounts, currentCounts),
                JensenShannon.Distance(referenceCounts, currentCounts));
        });
        return results;
    }
}
