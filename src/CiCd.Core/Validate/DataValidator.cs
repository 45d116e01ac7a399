using CiCd.Configuration;
using CiCd.Data;
using CiCd.Data.Columnar;
using CiCd.Validate.Rules;

namespace CiCd.Validate;

/// <summary>Runs every validation rule over a data file and computes its fingerprint.</summary>
public static class DataValidator
{
    private static readonly IValidationRule[] Rules =
    [
        new RowCountRule(), new RequiredColumnsRule(), new UndeclaredColumnsRule(), new TargetRule(), new NumericTypeRule(),
        new MissingValuesRule(), new RangeRule(), new CategoriesRule(), new DuplicateRowsRule(),
        new RegressionTargetRule(),
    ];

    /// <summary>Validates the file at <paramref name="path"/> (default: the configured dataset path).</summary>
    public static ValidationReport Validate(MlopsConfig config, string? path = null)
    {
        var table = path is null ? ColumnarReader.Read(config.Dataset) : ColumnarReader.Read(path, config.Dataset);
        return Validate(table, config.Dataset, config.Validation);
    }

    /// <summary>Validates an already-read table.</summary>
    public static ValidationReport Validate(CsvTable table, DatasetConfig dataset, ValidationConfig settings) =>
        Validate(ColumnarReader.FromTable(table, dataset), dataset, settings);

    /// <summary>Validates a table read into columns (the fingerprint was computed while reading it).</summary>
    public static ValidationReport Validate(ColumnarTable table, DatasetConfig dataset, ValidationConfig settings)
    {
        var context = new ValidationContext(table, dataset, settings);
        var results = Rules.SelectMany(rule => rule.Check(context)).ToList();
        return new ValidationReport(table.File, table.RowCount, table.Header.Count, table.Fingerprint, results);
    }
}
