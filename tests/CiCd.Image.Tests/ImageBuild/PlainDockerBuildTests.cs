using CiCd.Image.Engine;
using CiCd.Image.ImageBuild;
using CiCd.Image.Tests.Fixtures;
using Docker.DotNet.Models;

namespace CiCd.Image.Tests.ImageBuild;

/// <summary>The Dockerfile built as `docker build` builds it: no labels from `mlops image build`, only the base as an argument.</summary>
[Collection(SecondEngineTestGroup.Name)]
public sealed class PlainDockerBuildTests(ImageEnvironment environment) : EngineTest(environment)
{
    [EngineFact]
    public async Task Should_Label_The_Image_From_The_Dockerfiles_Own_Defaults()
    {
        // Given: the context `mlops image build` sends, with the folders it names; no labels and no label arguments. The
        // publish folder holds only the `mlops` file the context requires: the labels do not depend on the service, and
        // the 150 MB output cost the engine one more layer to receive, hash and commit (no test runs this image).
        var reference = $"{NewRepository("plain").Repository}:test";
        var publish = Directory.CreateDirectory(Path.Combine(Scratch, "publish")).FullName;
        File.WriteAllText(Path.Combine(publish, "mlops"), "");
        await using var context = ContextArchive.Create(Environment.Inputs() with { PublishFolder = publish }, out _);
        var log = new StringWriter();
        var progress = new ProgressLog(log);

        // When
        await Docker.Images.BuildImageFromDockerfileAsync(new ImageBuildParameters
        {
            Tags = [reference],
            BuildArgs = new Dictionary<string, string>
            {
                ["BASE_IMAGE"] = Environment.BaseImage,
                ["PUBLISH_DIR"] = ContextArchive.PublishDir,
                ["MODEL_DIR"] = ContextArchive.ModelDir,
            },
            Remove = true,
            ForceRemove = true,
        }, context, [], new Dictionary<string, string>(), progress, CancellationToken.None);

        // Then: the OCI annotations and the SBOM label are there, the base named as it was given (its RUN piped under pipefail)
        Assert.True(progress.Error is null, log.ToString());
        var labels = (await Docker.Images.InspectImageAsync(reference)).Config.Labels;
        Assert.Equal("0.0.0-dev", labels["org.opencontainers.image.version"]);
        Assert.Equal("unknown", labels["org.opencontainers.image.revision"]);
        Assert.Equal("1970-01-01T00:00:00Z", labels["org.opencontainers.image.created"]);
        Assert.Equal("https://github.com/cicd-ml/cicd", labels[LabelNames.Source]);
        Assert.Equal("MIT", labels["org.opencontainers.image.licenses"]);
        Assert.Equal(Environment.BaseImage, labels["org.opencontainers.image.base.name"]);
        Assert.Equal("/app/mlops.cdx.json", labels["io.cicd.sbom"]);
        Assert.False(string.IsNullOrEmpty(labels[LabelNames.Title]));
    }
}
