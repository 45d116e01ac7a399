using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Metrics;
using CiCd.Reporting.Content;
using CiCd.Storage;
using CiCd.Train;
using Microsoft.ML;

namespace CiCd.Reporting.Importance;

/// <summary>Loads the trained model and the rebuilt test split, then measures permutation importance; says why when it cannot.</summary>
public static class ImportanceSource
{
    /// <summary>The importance section for the model in <paramref name="trainFolder"/>.</summary>
    public static ReportPart<ImportanceResult> Measure(string? configPath, string trainFolder, ModelCard card, int repeats)
    {
        if (configPath is null || !File.Exists(configPath))
        {
            return ReportPart.Missing<ImportanceResult>($"no pipeline config{(configPath is null ? "" : $" at {configPath}")}: the test split cannot be rebuilt");
        }
        var modelPath = Path.Combine(trainFolder, card.ModelFile);
        if (!File.Exists(modelPath))
        {
            return ReportPart.Missing<ImportanceResult>($"no model file at {modelPath}");
        }
        if (ContentHash.OfFile(modelPath) != card.ModelSha256)
        {
            throw new InputException(modelPath, null, null, $"the model file does not match the sha256 recorded in {TrainingFiles.CardJson}");
        }
        var config = ConfigLoader.Load(configPath);
        var (test, problem) = TestSplitSource.Rebuild(config, card);
        if (test is null)
        {
            return ReportPart.Missing<ImportanceResult>($"permutation importance skipped: {problem}");
        }
        var ml = new MLContext(card.Training.Seed);
        ITransformer model;
        using (var stream = File.OpenRead(modelPath))
        {
            model = ml.Model.Load(stream, out _);
        }
        var costs = CostModel.From(card.Classes, config.Training.CostMatrix);
        return ReportPart.Of(new PermutationImportance(model, card, costs).Measure(test, repeats, card.Training.Seed));
    }
}
