using CiCd.Monitoring.Data;
using CiCd.Monitoring.Statistics;

namespace CiCd.Monitoring.Profiles;

/// <summary>Builds a reference profile column by column; each numeric column is copied and sorted once.</summary>
public sealed class ProfileBuilder(ProfileOptions options)
{
    /// <summary>Profiles every column of the reference table.</summary>
    public ReferenceProfile Build(IReadOnlyList<DataColumn> columns)
    {
        var rows = columns.Count == 0 ? 0 : columns[0].Length;
        if (columns.Any(c => c.Length != rows))
        {
            throw new ArgumentException("all reference columns must have the same number of rows", nameof(columns));
        }
        var duplicate = columns.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"the reference has the column '{duplicate.Key}' more than once", nameof(columns));
        }
        var profiles = new ColumnProfile[columns.Count];
        Parallel.For(0, columns.Count, i => profiles[i] = Profile(columns[i]));
        return new ReferenceProfile { RowCount = rows, Columns = profiles, Options = options };
    }

    /// <summary>Profiles one column.</summary>
    public ColumnProfile Profile(DataColumn column) => column switch
    {
        NumericColumn numeric => Numeric(numeric),
        CategoricalColumn categorical => Categorical(categorical),
        _ => throw new ArgumentException($"unsupported column type {column.GetType().Name}", nameof(column)),
    };

    private ColumnProfile Numeric(NumericColumn column)
    {
        var sorted = SortedSample.FromColumn(column.Values);
        var values = sorted.Values;
        var distinct = sorted.DistinctCount();
        var bins = QuantileBins.FromReference(sorted, options.Bins);
        var (mean, std) = Moments(values);
        return new ColumnProfile
        {
            Name = column.Name,
            Kind = ColumnKind.Numeric,
            Count = column.Length,
            MissingCount = column.Length - sorted.Count,
            DistinctCount = distinct,
            Mean = mean,
            Std = std,
            Min = values.Length == 0 ? null : values[0],
            Max = values.Length == 0 ? null : values[^1],
            BinEdges = bins.Edges,
            BinCounts = values.Length == 0 ? [] : bins.CountSorted(sorted),
            Categories = distinct <= options.MaxValueCounts ? NumericLabel.CountSorted(values) : [],
            Sample = Thin(values, options.SampleSize),
            SampleIsComplete = values.Length <= options.SampleSize,
        };
    }

    private static ColumnProfile Categorical(CategoricalColumn column)
    {
        var counts = CategoryCounts.Count(column.Values);
        var present = counts.Values.Sum();
        return new ColumnProfile
        {
            Name = column.Name,
            Kind = ColumnKind.Categorical,
            Count = column.Length,
            MissingCount = column.Length - present,
            DistinctCount = counts.Count,
            Categories = counts,
        };
    }

    private static (double? Mean, double? Std) Moments(double[] values)
    {
        if (values.Length == 0)
        {
            return (null, null);
        }
        var mean = values.Average();
        var squares = 0.0;
        foreach (var value in values)
        {
            squares += (value - mean) * (value - mean);
        }
        return (mean, Math.Sqrt(squares / values.Length));
    }

    // Evenly spaced order statistics (the midpoint of each of `size` equal rank slices) keep the
    // shape of the distribution, which is what KS and Wasserstein compare.
    private static double[] Thin(double[] sorted, int size)
    {
        if (sorted.Length <= size)
        {
            return sorted;
        }
        var sample = new double[size];
        for (var i = 0; i < size; i++)
        {
            sample[i] = sorted[(int)((i + 0.5) * sorted.Length / size)];
        }
        return sample;
    }
}
