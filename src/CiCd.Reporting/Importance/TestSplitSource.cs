using CiCd.Configuration;
using CiCd.Data;
using CiCd.Formats;
using CiCd.Train;

namespace CiCd.Reporting.Importance;

/// <summary>
/// Rebuilds the held-out test split a model card was evaluated on: the same file, the same seeded
/// stratified holdout. Refuses (with the reason) when the data is no longer the data the card describes.
/// </summary>
public static class TestSplitSource
{
    /// <summary>The test rows, or null with the reason they cannot be rebuilt faithfully.</summary>
    public static (Dataset? Test, string? Problem) Rebuild(MlopsConfig config, ModelCard card)
    {
        if (config.Dataset.Name != card.Name)
        {
            return (null, $"the config describes dataset '{config.Dataset.Name}', the model card '{card.Name}'");
        }
        if (!File.Exists(config.Dataset.Path))
        {
            return (null, $"the training data {config.Dataset.Path} is not here");
        }
        var table = CsvReader.Read(config.Dataset.Path);
        if (DatasetFingerprint.Compute(table, config.Dataset) != card.Data.Fingerprint)
        {
            return (null, $"{config.Dataset.Path} changed since the model was trained (its fingerprint differs from the card's)");
        }
        var data = DatasetLoader.Load(table, config.Dataset);
        var (_, testRows) = StratifiedSplit.Holdout(data.Labels, card.Training.TestFraction, card.Training.Seed);
        return testRows.Length == card.Data.TestRows
            ? (data.Select(testRows), null)
            : (null, $"the rebuilt test split has {Counted.Of(testRows.Length, "row")}, the card says {card.Data.TestRows}");
    }
}
