using CiCd.Configuration;
using CiCd.Data;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Scenarios;
using ColumnKind = CiCd.Monitoring.Profiles.ColumnKind;

namespace CiCd.Monitoring.Scenarios.Study;

/// <summary>The scenarios the study runs on the German credit data.</summary>
internal static class ScenarioCatalog
{
    private static readonly DriftTest[] Numeric = [DriftTest.KolmogorovSmirnov, DriftTest.Wasserstein, DriftTest.Psi, DriftTest.JensenShannon];
    private static readonly DriftTest[] Categorical = [DriftTest.ChiSquare, DriftTest.Psi, DriftTest.JensenShannon];

    /// <summary>Known shifts of growing size, each observed by the tests that could judge the column.</summary>
    public static ScenarioCase[] Shifts(DatasetConfig dataset) =>
    [
        new(ShiftKind.MeanShift, "age", "age", ColumnKind.Numeric, [0, 0.1, 0.2, 0.3, 0.5], Numeric),
        new(ShiftKind.MeanShift, "credit_amount", "credit_amount", ColumnKind.Numeric, [0, 0.1, 0.2, 0.3, 0.5], Numeric),
        new(ShiftKind.ScaleShift, "credit_amount", "credit_amount", ColumnKind.Numeric, [1, 1.1, 1.25, 1.5, 2], Numeric),
        new(ShiftKind.NewCategory, "purpose", "purpose", ColumnKind.Categorical, [0, 0.02, 0.05, 0.1, 0.2], Categorical),
        new(ShiftKind.MissingRate, "duration", "duration", ColumnKind.Numeric, [0, 0.05, 0.1, 0.2, 0.4], [DriftTest.KolmogorovSmirnov, DriftTest.Wasserstein, DriftTest.Psi]),
        new(ShiftKind.LabelShift, dataset.Target, dataset.Target, ColumnKind.Categorical, [0, 0.05, 0.1, 0.2, 0.3], [DriftTest.ZTest, DriftTest.ChiSquare, DriftTest.Psi, DriftTest.JensenShannon]),
        new(ShiftKind.LabelShift, dataset.Target, "checking_status", ColumnKind.Categorical, [0, 0.05, 0.1, 0.2, 0.3], Categorical),
    ];

    /// <summary>
    /// No shift on every column compared by categories (categorical and ordinal columns, and numeric ones with at
    /// most <paramref name="maxDistinct"/> values), with the number of categories each has in the whole table.
    /// </summary>
    public static IReadOnlyList<(ScenarioCase Case, int Categories)> Unshifted(DatasetConfig dataset, CsvTable table, int maxDistinct)
    {
        var cases = new List<(ScenarioCase, int)>();
        foreach (var column in dataset.Features)
        {
            var index = table.IndexOf(column.Name);
            var categories = table.Rows.Select(r => r.Values[index]).Where(v => !MissingValues.IsMissing(v)).Distinct(StringComparer.Ordinal).Count();
            if (column.IsNumeric && categories > maxDistinct)
            {
                continue;
            }
            DriftTest[] tests = categories == 2 ? [DriftTest.ZTest, .. Categorical] : Categorical;
            var kind = column.IsNumeric ? ColumnKind.Numeric : ColumnKind.Categorical;
            cases.Add((new ScenarioCase(ShiftKind.None, column.Name, column.Name, kind, [0], tests), categories));
        }
        return cases;
    }
}
