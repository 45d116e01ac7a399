namespace CiCd.Cli.Tests.Fixtures;

/// <summary>The tiny model trained by <see cref="TrainedByCliFixture"/>, registered by `mlops model register` as version 1 holding <c>production</c>.</summary>
public sealed class RegisteredByCliFixture : IDisposable
{
    public const string Model = "tiny";

    public RegisteredByCliFixture()
    {
        Trained = new TrainedByCliFixture();
        Registered = Mlops.Run("model", "register", "--config", Trained.ConfigPath, "--from", Trained.Folder.PathOf("out"), "--skip-gate-check",
            "--alias", "production", "--json");
        // A failed training or registration would otherwise surface as confusing failures in every test using the
        // fixture (or, worse, as passes of tests that expect an empty registry): stop here with what mlops printed.
        if (Trained.First.ExitCode != 0 || Registered.ExitCode != 0 || !File.Exists(Path.Combine(RegistryRoot, Model, "registry.json")))
        {
            var failed = Trained.First.ExitCode != 0 ? $"mlops train failed: {Trained.First}" : $"mlops model register failed or wrote no {Model}/registry.json under {RegistryRoot}: {Registered}";
            Trained.Dispose();
            throw new InvalidOperationException(failed);
        }
    }

    public TrainedByCliFixture Trained { get; }

    /// <summary>The registration's run (its JSON output is the version record).</summary>
    public MlopsRun Registered { get; }

    /// <summary>The registry folder the config names: <c>models/</c> next to it.</summary>
    public string RegistryRoot => Trained.Folder.PathOf("models");

    public void Dispose() => Trained.Dispose();
}
