using CiCd.Image.Distribution;
using CiCd.Image.ImageBuild;
using CiCd.Testing;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace CiCd.Image.Tests.Fixtures;

/// <summary>
/// Everything the engine tests of one collection share (<see cref="EngineTestGroup"/>, <see cref="SecondEngineTestGroup"/>:
/// one each, so the two chains run side by side), made once per run: a private dockerd, a registry, the local base image
/// (build/base-image.sh, its root file system cached by content in the machine's cache folder: one debootstrap per
/// machine, not per run or clone), the
/// service's publish output (<see cref="PublishOutput"/>), two trained models
/// that answer differently (trained when a test first asks: the promotion test uses the engine only) and the serving
/// images tests only run (<see cref="Images"/>). Disposal removes every container and image the tests made, then the engine itself.
/// On a GitHub runner the CI provides the engine, the registries and a pullable base image instead
/// (see <see cref="Prerequisites"/>); then only what the tests made is removed, never the engine's other containers.
/// </summary>
public sealed class ImageEnvironment : IDisposable
{
    private readonly string _folder = "";
    private readonly Lazy<TrainedModel> _model = new(() => TrainedModel.Train(1));
    private readonly Lazy<TrainedModel> _otherModel = new(() => TrainedModel.Train(100));
    private int _repositories;

    public ImageEnvironment()
    {
        Images = new ServingImages(this);
        if (Prerequisites.Missing().Count > 0 && !Prerequisites.OnCi)
        {
            // Every test of the collection is skipped; there is nothing to start.
            return;
        }
        _folder = Directory.CreateTempSubdirectory("cicd-image-tests-").FullName;
        Daemon = DockerDaemon.StartOrProvided();
        // debootstrap mostly waits on the mirror, publishing on the processor: the base image is made meanwhile.
        var baseImage = Task.Run(() => Prerequisites.Provided(Prerequisites.BaseImageVariable) ?? BuildBaseImage(Daemon));
        try
        {
            Registry = RegistryServer.StartOrProvided();
            PublishFolder = Publish();
            BaseImage = baseImage.GetAwaiter().GetResult();
        }
        catch
        {
            // A half-made environment must not leave an engine, a bridge or a registry running, nor a script using them.
            Task.WhenAny(baseImage).GetAwaiter().GetResult();
            Registry?.Dispose();
            Daemon.Dispose();
            throw;
        }
    }

    public DockerDaemon Daemon { get; } = null!;

    public RegistryServer Registry { get; } = null!;

    public string BaseImage { get; } = null!;

    public string PublishFolder { get; } = null!;

    public TrainedModel Model => _model.Value;

    /// <summary>Trained on the same data with other regularisation: its probabilities differ from <see cref="Model"/>'s.</summary>
    public TrainedModel OtherModel => _otherModel.Value;

    /// <summary>Serving images built once per run for the tests that only run them.</summary>
    public ServingImages Images { get; }

    public string Folder => _folder;

    public DockerClient Client() => Daemon.Client();

    /// <summary>A repository in the test registry no other test uses.</summary>
    public ImageReference NewRepository(string name) => ImageReference.Parse($"{Registry.Host}/{name}-{Interlocked.Increment(ref _repositories)}");

    public BuildInputs Inputs(string? modelFolder = null) =>
        new(Path.Combine(RepositoryRoot.Path, "Dockerfile"), PublishFolder, modelFolder ?? Model.Folder, BaseImage);

    public void Dispose()
    {
        if (Daemon is null)
        {
            return;
        }
        try
        {
            using var client = Client();
            (Daemon.Owned ? RemoveEverything(client) : RemoveOurs(client, Registry.Host)).GetAwaiter().GetResult();
        }
        finally
        {
            Registry.Dispose();
            Daemon.Dispose();
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string BuildBaseImage(DockerDaemon daemon)
    {
        var environment = new Dictionary<string, string> { ["DOCKER_HOST"] = daemon.Host };
        return Command.Run(Path.Combine(RepositoryRoot.Path, "build", "base-image.sh"), [], environment).Trim().Split('\n')[^1];
    }

    // A provided engine also runs the CI's service containers and caches its pulls: only the smoke containers and the
    // images tagged for the tests' registry go.
    private static async Task RemoveOurs(DockerClient client, string registryHost)
    {
        var smoke = new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [CiCd.Image.Smoke.SmokeRunner.ContainerLabel] = true } },
        };
        foreach (var container in await client.Containers.ListContainersAsync(smoke))
        {
            await client.Containers.RemoveContainerAsync(container.ID, new ContainerRemoveParameters { Force = true });
        }
        foreach (var image in await client.Images.ListImagesAsync(new ImagesListParameters()))
        {
            await RemoveReferences(client, (image.RepoTags ?? []).Concat(image.RepoDigests ?? []).Where(r => r.StartsWith(registryHost + "/", StringComparison.Ordinal)));
        }
    }

    private static async Task RemoveEverything(DockerClient client)
    {
        foreach (var container in await client.Containers.ListContainersAsync(new ContainersListParameters { All = true }))
        {
            await client.Containers.RemoveContainerAsync(container.ID, new ContainerRemoveParameters { Force = true });
        }
        // By reference, not by ID: removing an image's last reference also prunes its parent layers, whereas
        // deleting a parent by ID while children exist is refused.
        foreach (var image in await client.Images.ListImagesAsync(new ImagesListParameters()))
        {
            await RemoveReferences(client, (image.RepoTags ?? []).Concat(image.RepoDigests ?? []).Where(r => !r.StartsWith("<none>", StringComparison.Ordinal)));
        }
    }

    private static async Task RemoveReferences(DockerClient client, IEnumerable<string> references)
    {
        foreach (var reference in references)
        {
            try
            {
                await client.Images.DeleteImageAsync(reference, new ImageDeleteParameters { Force = true });
            }
            catch (DockerImageNotFoundException)
            {
                // Removing an image's last tag removes the image, and its digest references go with it.
            }
        }
    }

    // The image runs the service as the Publish target makes it: MLOPS_PUBLISH_DIR when the CI provides that output,
    // else out/publish, published again when the tool was rebuilt since (and once for test projects side by side).
    private static string Publish() =>
        Environment.GetEnvironmentVariable("MLOPS_PUBLISH_DIR")
            ?? PublishOutput.Ensure(Path.Combine(RepositoryRoot.Path, "out", "publish"), AppContext.BaseDirectory);
}
