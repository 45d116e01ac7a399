using System.Text.Json;
using CiCd.Configuration;
using CiCd.Data.Columnar;
using CiCd.Train;
using Microsoft.ML;

namespace CiCd.Data.Benchmarks.Scale;

/// <summary>
/// Batch scoring in its own process: load a trained model.zip, read a CSV into typed columns and score every row
/// through <see cref="ModelScorer"/> (what training uses on its test split). Prints one JSON line.
/// </summary>
internal static class ScoreStep
{
    public static int Run(string modelPath, string configPath, string csv)
    {
        var config = ConfigLoader.Load(configPath);
        var model = new MLContext(seed: 1).Model.Load(modelPath, out _);
        var data = DatasetLoader.Load(ColumnarReader.Read(csv, config.Dataset), config.Dataset);
        var probabilities = ModelScorer.Probabilities(model, data);
        var positives = probabilities.Count(p => p[1] >= 0.5);
        Console.WriteLine(JsonSerializer.Serialize(new { rows = probabilities.Length, positives }));
        return 0;
    }
}
