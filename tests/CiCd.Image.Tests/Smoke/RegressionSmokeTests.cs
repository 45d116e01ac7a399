using System.Text.Json;
using CiCd.Errors;
using CiCd.Image.Tests.Fixtures;
using CiCd.Testing;

namespace CiCd.Image.Tests.Smoke;

/// <summary>
/// `mlops image smoke` on a serving image of a regression model, with the real engine: the container's numbers are
/// compared with the model's own predictions in process (the log1p target mapped back on both sides). The image is built
/// once per run from the shared environment's base image and publish output (<see cref="ServingImages"/>), so no
/// second base image is made.
/// </summary>
[Collection(EngineTestGroup.Name)]
public sealed class RegressionSmokeTests(ImageEnvironment environment) : EngineTest(environment)
{
    private readonly Lazy<TrainedModel> _model = new(() => RegressionModel.Train(20));

    [EngineFact]
    public async Task Should_Pass_When_The_Container_Serves_The_Regression_Models_Own_Values()
    {
        // Given: the image of a boosted-tree regression model with a log1p target
        var image = await Environment.Images.Of(_model.Value.Folder);

        // When
        var smoke = Mlops.Run(Arguments(image, _model.Value));

        // Then: every test row answered with the model's own number, and the container is gone
        Assert.True(smoke.ExitCode == ExitCodes.Ok, smoke.ToString());
        Assert.Contains("PASSED", smoke.Output, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(Scratch, "out", "smoke.json")));
        Assert.True(report.RootElement.GetProperty("rows").GetInt32() > 50, report.RootElement.ToString());
        Assert.Equal(0, report.RootElement.GetProperty("mismatches").GetInt32());
        Assert.Equal(0, report.RootElement.GetProperty("max_difference").GetDouble());
        Assert.Empty(await SmokeContainersAsync());
    }

    [EngineFact]
    public async Task Should_Fail_Naming_Rows_When_The_Container_Serves_Another_Regression_Model()
    {
        // Given: an image of the 20-tree model, compared with a 5-tree model in process
        var image = await Environment.Images.Of(_model.Value.Folder);
        var other = RegressionModel.Train(5);

        // When
        var smoke = Mlops.Run(Arguments(image, other));

        // Then
        Assert.True(smoke.ExitCode == ExitCodes.CheckFailed, smoke.ToString());
        Assert.Contains("in-process [", smoke.Output, StringComparison.Ordinal);
        Assert.Contains("FAILED", smoke.Output, StringComparison.Ordinal);
        Assert.Empty(await SmokeContainersAsync());
    }

    // The test split of the image's own training run, the in-process reference from `reference`.
    private string[] Arguments(string image, TrainedModel reference)
    {
        var config = Path.Combine(Scratch, "mlops.yaml");
        File.WriteAllText(config, RegressionModel.ConfigText(20));
        return
        [
            "image", "smoke", image, "--docker-host", Environment.Daemon.Host, "--config", config,
            "--train-dir", _model.Value.Folder, "--model", reference.ModelPath, "--out", Path.Combine(Scratch, "out"),
        ];
    }
}
