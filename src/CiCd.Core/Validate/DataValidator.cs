using CiCd.Configuration;
using CiCd.Data;
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
        var table = path is null ? CsvReader.Read(config.Dataset) : CsvReader.Read(path);
        return Validate(table, config.Dataset, config.Validation);
    }

    /// <summary>Validates an already-read table.</summary>
    public static ValidationReport Validate(CsvTable table, DatasetConfig dataset, ValidationConfig settings)
    {
        var context = new ValidationContext(table, dataset, settings);
        var results = Rules.SelectMany(rule => rule.Check(context)).ToList();
        return new ValidationReport(table.File, table.Rows.Count, table.Header.Count, DatasetFingerprint.Compute(table, dataset), results);
    }
}
