using CiCd.Image.Distribution;
using CiCd.Image.ImageBuild;
using Docker.DotNet;

namespace CiCd.Image.Tests.Fixtures;

/// <summary>
/// The collection fixture of the engine tests (<see cref="EngineTestGroup"/>, <see cref="SecondEngineTestGroup"/>, the
/// promotion test's): a lease on the test process's one <see cref="EngineSetup"/>, made when the first of these
/// collections starts and removed when the last one still using it ends. The collections run side by side on that one
/// engine: with an engine each, the run imported the base image twice, and each engine made the 150 MB service layer of
/// its own images afresh where it now reuses the other's (dockerd's processor time, 46 CPU s a run, is now 30).
/// </summary>
public sealed class ImageEnvironment : IDisposable
{
    private static readonly Lock Gate = new();
    private static EngineSetup? _shared;
    private static int _leases;
    private readonly EngineSetup? _setup;

    public ImageEnvironment()
    {
        if (Prerequisites.Missing().Count > 0 && !Prerequisites.OnCi)
        {
            // Every test of the collection is skipped; there is nothing to start.
            return;
        }
        lock (Gate)
        {
            // Made under the lock: a collection starting meanwhile waits for this engine instead of starting its own.
            _setup = _shared ??= new EngineSetup();
            _leases++;
        }
    }

    public DockerDaemon Daemon => Setup.Daemon;

    public RegistryServer Registry => Setup.Registry;

    public string BaseImage => Setup.BaseImage;

    public string PublishFolder => Setup.PublishFolder;

    public TrainedModel Model => Setup.Model;

    /// <inheritdoc cref="EngineSetup.OtherModel"/>
    public TrainedModel OtherModel => Setup.OtherModel;

    /// <inheritdoc cref="EngineSetup.Images"/>
    public ServingImages Images => Setup.Images;

    public string Folder => Setup.Folder;

    private EngineSetup Setup => _setup ?? throw new InvalidOperationException($"no engine: {Prerequisites.InstallHint}");

    public DockerClient Client() => Setup.Client();

    /// <inheritdoc cref="EngineSetup.NewRepository"/>
    public ImageReference NewRepository(string name) => Setup.NewRepository(name);

    public BuildInputs Inputs(string? modelFolder = null) => Setup.Inputs(modelFolder);

    public void Dispose()
    {
        if (_setup is null)
        {
            return;
        }
        lock (Gate)
        {
            // Under the lock as well: a collection starting during the removal gets a new engine, not the one going.
            if (--_leases == 0)
            {
                _shared = null;
                _setup.Dispose();
            }
        }
    }
}
