namespace CiCd.Data.Profiling;

/// <summary>
/// The cross-tabulation of two coded columns and what follows from it: Pearson's chi-square (no continuity
/// correction), Cramér's V (no bias correction, as scipy's <c>association</c>) and the mutual information in nats
/// (scikit-learn's <c>mutual_info_score</c>). Empty rows and columns are left out, as a level never seen adds nothing.
/// </summary>
public sealed class Contingency
{
    private readonly long[,] _counts;
    private readonly long[] _rows;
    private readonly long[] _columns;
    private readonly long _total;

    private Contingency(long[,] counts, long[] rows, long[] columns, long total) =>
        (_counts, _rows, _columns, _total) = (counts, rows, columns, total);

    /// <summary>Counts the pairs (a[i], b[i]).</summary>
    public static Contingency Of(int[] a, int aLevels, int[] b, int bLevels)
    {
        var counts = new long[aLevels, bLevels];
        for (var i = 0; i < a.Length; i++)
        {
            counts[a[i], b[i]]++;
        }
        var rows = new long[aLevels];
        var columns = new long[bLevels];
        for (var i = 0; i < aLevels; i++)
        {
            for (var j = 0; j < bLevels; j++)
            {
                rows[i] += counts[i, j];
                columns[j] += counts[i, j];
            }
        }
        return new Contingency(counts, rows, columns, a.Length);
    }

    /// <summary>Pearson's chi-square statistic of independence.</summary>
    public double ChiSquare()
    {
        var chi = 0.0;
        for (var i = 0; i < _rows.Length; i++)
        {
            for (var j = 0; j < _columns.Length; j++)
            {
                if (_rows[i] > 0 && _columns[j] > 0)
                {
                    var expected = (double)_rows[i] * _columns[j] / _total;
                    var d = _counts[i, j] - expected;
                    chi += d * d / expected;
                }
            }
        }
        return chi;
    }

    /// <summary>Cramér's V in [0, 1]; 0 when either side has a single level.</summary>
    public double CramersV()
    {
        var k = Math.Min(_rows.Count(r => r > 0), _columns.Count(c => c > 0));
        return k < 2 || _total == 0 ? 0 : Math.Sqrt(ChiSquare() / (_total * (k - 1)));
    }

    /// <summary>
    /// Whether the first column has at least as many levels as the second: only then can Cramér's V near 1 mean that the
    /// first tells the second (each of its levels holds one of the second's); with fewer levels V near 1 means the reverse,
    /// the second telling the first, as a yes/no symptom that most of 19 diseases fix.
    /// </summary>
    public bool RowsCanTellColumns => _rows.Count(r => r > 0) >= _columns.Count(c => c > 0);

    /// <summary>Mutual information in nats.</summary>
    public double MutualInformation()
    {
        var mi = 0.0;
        for (var i = 0; i < _rows.Length; i++)
        {
            for (var j = 0; j < _columns.Length; j++)
            {
                if (_counts[i, j] > 0)
                {
                    var p = (double)_counts[i, j] / _total;
                    mi += p * Math.Log((double)_counts[i, j] * _total / ((double)_rows[i] * _columns[j]));
                }
            }
        }
        return Math.Max(0, mi);
    }

    /// <summary>The entropy in nats of the second column (the target), to scale mutual information to [0, 1].</summary>
    public double ColumnEntropy() =>
        -_columns.Where(c => c > 0).Sum(c => (double)c / _total * Math.Log((double)c / _total));

    /// <summary>The count in cell (i, j).</summary>
    public long this[int i, int j] => _counts[i, j];
}
