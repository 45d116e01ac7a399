using System.Text.Json;
using CiCd.Cli.Tests.Fixtures;

namespace CiCd.Cli.Tests.Commands;

/// <summary>`mlops drift` end to end, against a model trained once by `mlops train`.</summary>
public sealed partial class DriftCommandTests
{
    /// <summary>Runs the command against the fixture model; each test gets its own output folder.</summary>
    public abstract class WithTheTrainedModel(TrainedModel model)
    {
        protected TrainedModel Model { get; } = model;

        protected string Folder { get; } = model.NewFolder();

        protected string OutFolder => Path.Combine(Folder, "out");

        protected MlopsRun Drift(params string[] args) =>
            Mlops.Run(["drift", "--config", Model.Config, "--reference", Model.TrainFolder, "--out", OutFolder, .. args]);

        protected JsonElement Report() => JsonDocument.Parse(File.ReadAllText(Path.Combine(OutFolder, "drift.json"))).RootElement;

        protected string Html() => File.ReadAllText(Path.Combine(OutFolder, "drift.html"));

        protected string Log(PredictionLogBuilder builder) => builder.Write(Path.Combine(Folder, "predictions.sqlite"));
    }
}
