using CiCd.Image.Distribution;
using CiCd.Image.ImageBuild;
using CiCd.Image.Push;
using CiCd.Pipeline.Register;
using CiCd.Registry;
using CiCd.Testing;
using CiCd.Train;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace CiCd.Image.Tests.Fixtures;

/// <summary>
/// Base of the engine tests: the shared environment, a scratch folder, and removal of every image the test tagged
/// in its own repositories (the environment removes the rest when the run ends).
/// </summary>
public abstract class EngineTest(ImageEnvironment environment) : IDisposable
{
    private readonly List<ImageReference> _repositories = [];
    private readonly Lazy<DockerClient> _docker = new(environment.Client);
    private readonly Lazy<string> _scratch = new(() => Directory.CreateTempSubdirectory("cicd-image-test-").FullName);

    protected ImageEnvironment Environment => environment;

    protected DockerClient Docker => _docker.Value;

    protected string Scratch => _scratch.Value;

    protected static readonly HttpClient Http = new();

    protected ImageReference NewRepository(string name)
    {
        var repository = environment.NewRepository(name);
        _repositories.Add(repository);
        return repository;
    }

    /// <summary>The arguments of `mlops image build` for <paramref name="model"/> into <paramref name="repository"/>.</summary>
    protected string[] BuildArguments(ImageReference repository, TrainedModel model, params string[] more) =>
    [
        "image", "build", "--docker-host", environment.Daemon.Host, "--repository", repository.Repository,
        "--model-dir", model.Folder, "--publish-dir", environment.PublishFolder,
        "--dockerfile", Path.Combine(RepositoryRoot.Path, "Dockerfile"), "--base-image", environment.BaseImage,
        "--revision", "0123456789abcdef0123456789abcdef01234567", "--branch", "certification",
        "--source", "https://github.com/cicd-ml/cicd", "--out", Path.Combine(Scratch, "out"), .. more,
    ];

    /// <summary>The arguments of `mlops image smoke` comparing <paramref name="image"/> with <paramref name="reference"/> in process.</summary>
    protected string[] SmokeArguments(string image, TrainedModel reference, params string[] more) =>
    [
        "image", "smoke", image, "--docker-host", environment.Daemon.Host, "--config", Path.Combine(RepositoryRoot.Path, "mlops.yaml"),
        "--train-dir", environment.Model.Folder, "--model", reference.ModelPath, "--out", Path.Combine(Scratch, "out"), .. more,
    ];

    // Through the register stage, as `mlops model register --skip-gate-check` files a trained model.
    protected ModelRegistry RegisterBoth()
    {
        var registry = new ModelRegistry(new RegistryOptions { Root = Path.Combine(Scratch, "models") });
        foreach (var model in new[] { environment.Model, environment.OtherModel })
        {
            var card = CiCd.Formats.JsonReport.Read<ModelCard>(Path.Combine(model.Folder, TrainingFiles.CardJson));
            new RegisterStage(registry).Run(card.Name, model.Folder, gateFolder: null);
        }
        return registry;
    }

    protected DistributionApi DistributionApi() => new(Http, null, insecure: true);

    protected async Task<IList<ContainerListResponse>> SmokeContainersAsync() =>
        await Docker.Containers.ListContainersAsync(new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [CiCd.Image.Smoke.SmokeRunner.ContainerLabel] = true } },
        });

    protected async Task RemoveLocalImagesAsync(ImageReference repository)
    {
        var references = (await Docker.Images.ListImagesAsync(new ImagesListParameters()))
            .SelectMany(image => (image.RepoTags ?? []).Concat(image.RepoDigests ?? []))
            .Where(r => r.StartsWith(repository.Repository + ":", StringComparison.Ordinal) || r.StartsWith(repository.Repository + "@", StringComparison.Ordinal))
            .ToList();
        foreach (var reference in references)
        {
            try
            {
                await Docker.Images.DeleteImageAsync(reference, new ImageDeleteParameters { Force = true });
            }
            catch (DockerImageNotFoundException)
            {
                // Its image went with an earlier reference of the same image.
            }
        }
    }

    public void Dispose()
    {
        if (_docker.IsValueCreated)
        {
            foreach (var repository in _repositories)
            {
                RemoveLocalImagesAsync(repository).GetAwaiter().GetResult();
            }
            _docker.Value.Dispose();
        }
        if (_scratch.IsValueCreated)
        {
            Directory.Delete(_scratch.Value, recursive: true);
        }
        GC.SuppressFinalize(this);
    }
}
