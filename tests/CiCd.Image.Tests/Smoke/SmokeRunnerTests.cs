using System.Diagnostics;
using System.Formats.Tar;
using System.Text;
using CiCd.Errors;
using CiCd.Image.Engine;
using CiCd.Image.Smoke;
using CiCd.Image.Tests.Fixtures;
using CiCd.Train;
using Docker.DotNet.Models;

namespace CiCd.Image.Tests.Smoke;

[Collection(SecondEngineTestGroup.Name)]
public sealed class SmokeRunnerTests(ImageEnvironment environment) : EngineTest(environment)
{
    [EngineFact]
    public async Task Should_Fail_Naming_Rows_When_The_Container_Answers_Unlike_The_Model_In_Process()
    {
        // Given: an image of one model, compared with another model in process
        var image = await Environment.Images.Of(Environment.Model.Folder);

        // When
        var smoke = Mlops.Run(SmokeArguments(image, Environment.OtherModel));

        // Then
        Assert.True(smoke.ExitCode == ExitCodes.CheckFailed, smoke.ToString());
        Assert.Contains("in-process [", smoke.Output, StringComparison.Ordinal);
        Assert.Contains("FAILED", smoke.Output, StringComparison.Ordinal);
        Assert.Empty(await SmokeContainersAsync());
    }

    [EngineFact]
    public async Task Should_Print_The_Logs_And_Fail_Within_The_Deadline_When_The_Container_Never_Becomes_Ready()
    {
        // Given: an image whose model card does not match its model, which the service refuses to serve (the shared
        // image with the card's sha256 overwritten: a one-step child, not another build of the whole service)
        var sha = CiCd.Formats.JsonReport.Read<ModelCard>(Path.Combine(Environment.Model.Folder, TrainingFiles.CardJson)).ModelSha256;
        var image = await DeriveAsync(await Environment.Images.Of(Environment.Model.Folder),
            $"RUN sed -i 's/{sha}/{new string('0', 64)}/' /app/model/{TrainingFiles.CardJson} && ! grep -q {sha} /app/model/{TrainingFiles.CardJson}");
        var clock = Stopwatch.StartNew();

        // When
        var smoke = Mlops.Run(SmokeArguments(image, Environment.Model, "--ready-timeout", "8"));

        // Then
        Assert.True(smoke.ExitCode == ExitCodes.CheckFailed, smoke.ToString());
        Assert.Contains("never became ready", smoke.Error, StringComparison.Ordinal);
        Assert.Contains("---- logs of", smoke.Output, StringComparison.Ordinal);
        Assert.Contains("sha256", smoke.Output, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(40), $"took {clock.Elapsed}");
        Assert.Empty(await SmokeContainersAsync());
    }

    [EngineFact]
    public async Task Should_Fail_Naming_The_Font_When_The_Image_Draws_Dashboard_Charts_Without_Text()
    {
        // Given: the image as built, then its fonts removed
        var image = await Environment.Images.Of(Environment.Model.Folder);
        var fontless = await DeriveAsync(image, "RUN rm -rf /usr/share/fonts");

        // When
        var smoke = Mlops.Run(SmokeArguments(fontless, Environment.Model));

        // Then: predictions still agree; the dashboard check alone fails
        Assert.True(smoke.ExitCode == ExitCodes.CheckFailed, smoke.ToString());
        Assert.Contains("/dashboard", smoke.Output, StringComparison.Ordinal);
        Assert.Contains("fonts-dejavu-core", smoke.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("in-process [", smoke.Output, StringComparison.Ordinal);
        Assert.Empty(await SmokeContainersAsync());
    }

    [EngineFact]
    public async Task Should_Fail_Naming_The_Folder_When_The_Image_Has_No_Drift_Reports_Folder()
    {
        // Given: an image made from another Dockerfile, without the drift-reports folder
        var image = await Environment.Images.Of(Environment.Model.Folder);
        var bare = await DeriveAsync(image, "RUN rm -rf /var/lib/mlops");

        // When
        var smoke = Mlops.Run(SmokeArguments(bare, Environment.Model));

        // Then
        Assert.True(smoke.ExitCode == ExitCodes.CheckFailed, smoke.ToString());
        Assert.Contains($"the image has no {SmokeRunner.DriftReportsFolder}", smoke.Output, StringComparison.Ordinal);
        Assert.Empty(await SmokeContainersAsync());
    }

    // A child image with one more root step, built from a one-file context.
    private async Task<string> DeriveAsync(string image, string step)
    {
        var reference = $"{NewRepository("derived").Repository}:test";
        using var context = new MemoryStream();
        using (var tar = new TarWriter(context, leaveOpen: true))
        {
            var dockerfile = $"FROM {image}\nUSER root\n{step}\nUSER 1654:1654\n";
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "Dockerfile") { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(dockerfile)) });
        }
        context.Position = 0;
        var log = new StringWriter();
        var progress = new ProgressLog(log);
        await Docker.Images.BuildImageFromDockerfileAsync(new ImageBuildParameters { Tags = [reference], Remove = true, ForceRemove = true },
            context, [], new Dictionary<string, string>(), progress, CancellationToken.None);
        Assert.True(progress.Error is null, log.ToString());
        return reference;
    }
}
