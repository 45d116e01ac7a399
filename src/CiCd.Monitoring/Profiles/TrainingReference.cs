using CiCd.Configuration;
using CiCd.Data;
using CiCd.Monitoring.Data;
using CiCd.Train;

namespace CiCd.Monitoring.Profiles;

/// <summary>
/// The drift reference of a trained model: the profile of the training split (the same seeded split the
/// train stage uses), every feature typed as the config declares it. Values are read from the CSV text as
/// doubles, not from the float features the trainer sees, so that current values compare exactly.
/// </summary>
public static class TrainingReference
{
    /// <summary>Profiles the training rows of the configured dataset.</summary>
    public static ReferenceProfile Build(MlopsConfig config, ProfileOptions? options = null)
    {
        var table = CsvReader.Read(config.Dataset.Path);
        var data = DatasetLoader.Load(table, config.Dataset);
        var (train, _) = StratifiedSplit.Holdout(data.Labels, config.Training.TestFraction, config.Training.Seed);
        return Build(config.Dataset, table, train, options);
    }

    /// <summary>Profiles the given training rows of a table already read (the train stage's own split).</summary>
    public static ReferenceProfile Build(DatasetConfig dataset, CsvTable table, IReadOnlyList<int> trainRows, ProfileOptions? options = null) =>
        new ProfileBuilder(options ?? new ProfileOptions()).Build(TableColumns.Read(table, Schema(dataset), trainRows));

    /// <summary>The features drift is measured on: ordinals count as categories, ignored columns are left out.</summary>
    public static IReadOnlyList<SchemaColumn> Schema(DatasetConfig dataset) =>
        [.. dataset.Features.Select(c => new SchemaColumn(c.Name, c.IsNumeric ? ColumnKind.Numeric : ColumnKind.Categorical))];
}
