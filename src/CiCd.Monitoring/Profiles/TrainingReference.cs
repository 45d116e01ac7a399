using CiCd.Configuration;
using CiCd.Data;
using CiCd.Monitoring.Data;
using CiCd.Train;

namespace CiCd.Monitoring.Profiles;

/// <summary>
/// The drift reference of a trained model: the profile of the training split (the same seeded split the
/// train stage uses), every feature typed as the config declares it. Numbers come from the dataset's float
/// columns widened to the double their text denotes (<see cref="DatasetColumns.Widen"/>), so that current
/// values read from a CSV compare exactly.
/// </summary>
public static class TrainingReference
{
    /// <summary>Profiles the training rows of the configured dataset (read once, into columns).</summary>
    public static ReferenceProfile Build(MlopsConfig config, ProfileOptions? options = null) =>
        Build(config, DatasetLoader.Load(config.Dataset), options);

    /// <summary>Profiles the training rows of a dataset the train stage already holds, without re-reading its file.</summary>
    public static ReferenceProfile Build(MlopsConfig config, Dataset data, ProfileOptions? options = null)
    {
        var (train, _) = StratifiedSplit.Holdout(data.Labels, config.Training.TestFraction, config.Training.Seed);
        return Build(config.Dataset, data, train, options);
    }

    /// <summary>Profiles the given training rows of a dataset already read (the train stage's own split).</summary>
    public static ReferenceProfile Build(DatasetConfig dataset, Dataset data, IReadOnlyList<int> trainRows, ProfileOptions? options = null) =>
        new ProfileBuilder(options ?? new ProfileOptions()).Build(DatasetColumns.Read(data, Schema(dataset), trainRows));

    /// <summary>The features drift is measured on: ordinals count as categories, ignored columns are left out.</summary>
    public static IReadOnlyList<SchemaColumn> Schema(DatasetConfig dataset) =>
        [.. dataset.Features.Select(c => new SchemaColumn(c.Name, c.IsNumeric ? ColumnKind.Numeric : ColumnKind.Categorical))];
}
