using System.Globalization;
using CiCd.Configuration;
using CiCd.Data;

namespace CiCd.Monitoring.Scenarios;

/// <summary>
/// Draws seeded samples of a dataset with known shifts injected, so detection rates can be measured
/// against shift size. Numeric shifts are scaled by the column's standard deviation over the whole
/// source table, so a mean shift of 0.2 means the same on every column.
/// </summary>
public sealed class ScenarioGenerator
{
    private readonly CsvTable _table;
    private readonly DatasetConfig _dataset;
    private readonly Dictionary<string, (double Mean, double Std)> _moments = new(StringComparer.Ordinal);
    private readonly HashSet<string> _whole = new(StringComparer.Ordinal);

    /// <summary>Wraps a source table whose columns the dataset config describes.</summary>
    public ScenarioGenerator(CsvTable table, DatasetConfig dataset)
    {
        _table = table;
        _dataset = dataset;
        foreach (var column in dataset.Features.Where(c => c.IsNumeric))
        {
            var index = table.IndexOf(column.Name);
            var values = table.Rows.Select(r => r.Values[index]).Where(v => !MissingValues.IsMissing(v))
                .Select(v => NumberText.TryParse(v!, out var x) ? x : double.NaN).Where(double.IsFinite).ToArray();
            var mean = values.Average();
            _moments[column.Name] = (mean, Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length));
            if (values.All(v => v == Math.Floor(v)))
            {
                _whole.Add(column.Name);
            }
        }
    }

    /// <summary>Rows of the source table split at random into a reference part and a pool for current samples.</summary>
    public (int[] Reference, int[] Pool) Split(int referenceRows, int seed)
    {
        var rows = Enumerable.Range(0, _table.Rows.Count).ToArray();
        new Random(seed).Shuffle(rows);
        return (rows[..referenceRows], rows[referenceRows..]);
    }

    /// <summary>
    /// <paramref name="count"/> row indices drawn with replacement from the whole table: a bootstrap sample, so
    /// a reference larger than the source (or one that may share rows with the current sample) is still an
    /// independent draw from the same distribution, the table's empirical one.
    /// </summary>
    public int[] Resample(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => random.Next(_table.Rows.Count))];
    }

    /// <summary>The given rows unchanged, as a table.</summary>
    public CsvTable Take(IReadOnlyList<int> rows) => _table with { Rows = [.. rows.Select(r => _table.Rows[r])] };

    /// <summary>
    /// <paramref name="count"/> rows drawn from <paramref name="pool"/> with the shifts applied: without replacement
    /// while the pool lasts, or with replacement throughout when <paramref name="withReplacement"/> is set.
    /// </summary>
    public CsvTable Generate(IReadOnlyList<int> pool, int count, IReadOnlyList<Shift> shifts, int seed, bool withReplacement = false)
    {
        var random = new Random(seed);
        var label = shifts.FirstOrDefault(s => s.Kind == ShiftKind.LabelShift);
        var picked = label is null ? Draw(pool, count, random, withReplacement) : DrawByClass(pool, count, label, random, withReplacement);
        var rows = picked.Select(r => (string?[])_table.Rows[r].Values.Clone()).ToArray();
        foreach (var shift in shifts.Where(s => s.Kind != ShiftKind.LabelShift))
        {
            Apply(rows, shift, random);
        }
        return _table with { File = $"scenario-{seed}", Rows = [.. rows.Select((values, i) => new CsvRow(i + 2, values))] };
    }

    private static int[] Draw(IReadOnlyList<int> pool, int count, Random random, bool withReplacement)
    {
        if (withReplacement)
        {
            return [.. Enumerable.Range(0, count).Select(_ => pool[random.Next(pool.Count)])];
        }
        var shuffled = pool.ToArray();
        random.Shuffle(shuffled);
        return [.. Enumerable.Range(0, count).Select(i => i < shuffled.Length ? shuffled[i] : pool[random.Next(pool.Count)])];
    }

    // Prior shift: the positive class's share becomes its pool share + Size; within a class rows are drawn as usual.
    private int[] DrawByClass(IReadOnlyList<int> pool, int count, Shift shift, Random random, bool withReplacement)
    {
        var target = _table.IndexOf(_dataset.Target);
        var positive = _dataset.PositiveClass ?? _dataset.Classes[^1];
        var (hit, rest) = (pool.Where(r => _table.Rows[r].Values[target]?.Trim() == positive).ToArray(),
            pool.Where(r => _table.Rows[r].Values[target]?.Trim() != positive).ToArray());
        var share = Math.Clamp((hit.Length / (double)pool.Count) + shift.Size, 0, 1);
        var positives = (int)Math.Round(count * share);
        return [.. Draw(hit, positives, random, withReplacement).Concat(Draw(rest, count - positives, random, withReplacement))];
    }

    private void Apply(string?[][] rows, Shift shift, Random random)
    {
        var index = _table.IndexOf(shift.Column);
        if (index < 0)
        {
            throw new ArgumentException($"the table has no column '{shift.Column}'", nameof(shift));
        }
        foreach (var row in rows)
        {
            row[index] = shift.Kind switch
            {
                ShiftKind.MeanShift => Numeric(row[index], shift.Column, random, (v, m) => v + (shift.Size * m.Std)),
                ShiftKind.ScaleShift => Numeric(row[index], shift.Column, random, (v, m) => m.Mean + ((v - m.Mean) * shift.Size)),
                ShiftKind.NewCategory => random.NextDouble() < shift.Size ? Shift.NewCategoryLabel : row[index],
                ShiftKind.MissingRate => random.NextDouble() < shift.Size ? null : row[index],
                _ => row[index],
            };
        }
    }

    private string? Numeric(string? field, string column, Random random, Func<double, (double Mean, double Std), double> change)
    {
        if (MissingValues.IsMissing(field) || !NumberText.TryParse(field!, out var value))
        {
            return field;
        }
        var moments = _moments.TryGetValue(column, out var m) ? m : throw new ArgumentException($"'{column}' is not a numeric feature", nameof(column));
        var changed = change(value, moments);
        // A column of whole numbers (ages, months) stays whole: otherwise every shifted value would fall
        // between the reference's ties and KS would see the rounding, not the shift. Rounding at random
        // (up with the fractional part's probability) keeps the mean shift exact on average.
        if (_whole.Contains(column))
        {
            changed = Math.Floor(changed + random.NextDouble());
        }
        return changed.ToString("R", CultureInfo.InvariantCulture);
    }
}
