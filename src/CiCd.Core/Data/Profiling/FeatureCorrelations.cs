namespace CiCd.Data.Profiling;

/// <summary>
/// Associations between features: Pearson and Spearman over numeric columns, Cramér's V over categorical ones, each
/// over the columns most associated with the target (at most <see cref="ProfileOptions.MaxCorrelationColumns"/>), and
/// the pairs at or above the high-correlation threshold.
/// </summary>
internal static class FeatureCorrelations
{
    public static (List<CorrelationMatrix> Matrices, List<FeaturePair> High) Compute(IReadOnlyList<ColumnResult> columns, ProfileOptions options)
    {
        var usable = columns.Where(c => c.Profile.Inferred != Configuration.ColumnKind.Ignore && c.Profile.Distinct > 1)
            .OrderByDescending(c => c.Association.NormalizedMutualInformation).ToList();
        var numeric = usable.Where(c => c.Numbers is not null).Take(options.MaxCorrelationColumns).ToList();
        var categorical = usable.Where(c => c.Numbers is null).Take(options.MaxCorrelationColumns).ToList();
        var matrices = new List<CorrelationMatrix>();
        if (numeric.Count >= 2)
        {
            var values = numeric.Select(c => Array.ConvertAll(c.Numbers!, v => (double)v)).ToList();
            matrices.Add(Matrix("pearson", numeric, (i, j) => Correlation.Pearson(values[i], values[j])));
            // Each column's values are replaced by their ranks as they are ranked: at a million rows a second list of
            // columns in doubles, next to the first, was the profile's largest allocation.
            for (var i = 0; i < values.Count; i++)
            {
                values[i] = Correlation.Ranks(values[i]);
            }
            matrices.Add(Matrix("spearman", numeric, (i, j) => Correlation.Pearson(values[i], values[j])));
        }
        if (categorical.Count >= 2)
        {
            matrices.Add(Matrix("cramers_v", categorical, (i, j) =>
            {
                var (a, b) = (categorical[i].Coded, categorical[j].Coded);
                return Contingency.Of(a.Codes, a.Labels.Count, b.Codes, b.Labels.Count).CramersV();
            }));
        }
        var high = new List<FeaturePair>();
        foreach (var matrix in matrices)
        {
            for (var i = 0; i < matrix.Columns.Count; i++)
            {
                for (var j = i + 1; j < matrix.Columns.Count; j++)
                {
                    if (Math.Abs(matrix.Values[i][j]) >= options.HighCorrelation)
                    {
                        high.Add(new FeaturePair(matrix.Columns[i], matrix.Columns[j], matrix.Method, matrix.Values[i][j]));
                    }
                }
            }
        }
        return (matrices, [.. high.OrderByDescending(p => Math.Abs(p.Value))]);
    }

    private static CorrelationMatrix Matrix(string method, List<ColumnResult> columns, Func<int, int, double> measure)
    {
        var values = columns.Select(_ => new double[columns.Count]).ToArray();
        for (var i = 0; i < columns.Count; i++)
        {
            values[i][i] = 1;
            for (var j = i + 1; j < columns.Count; j++)
            {
                values[i][j] = values[j][i] = measure(i, j);
            }
        }
        return new CorrelationMatrix(method, [.. columns.Select(c => c.Profile.Name)], values);
    }
}
