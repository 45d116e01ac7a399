// Every argument and path the build uses, read once (Cake's own build keeps the same shape).
public sealed class BuildParameters
{
    public BuildParameters(ICakeContext context)
    {
        Target = context.Argument("target", "CI");
        Configuration = context.Argument("configuration", "Release");
        Config = context.Argument("config", "mlops.yaml");
        // No single test comes near this; a test host silent for longer is hung (dotnet test --blame-hang-timeout).
        TestHangTimeout = context.Argument("test-hang-timeout", "5m");
        // Test projects run side by side, one per core: most of a project's time is spent waiting on engines and hosts.
        TestParallelism = context.Argument("test-parallelism", Environment.ProcessorCount);
        // Cake starts in build/; every path below is relative to the repository root.
        Root = context.MakeAbsolute(context.Directory(".."));
        context.Environment.WorkingDirectory = Root;
        Out = Root.Combine("out");
        Solution = Root.CombineWithFilePath("CiCd.sln");
        Mlops = Root.CombineWithFilePath($"src/CiCd.Cli/bin/{Configuration}/net10.0/mlops.dll");
        StepSummary = context.EnvironmentVariable("GITHUB_STEP_SUMMARY");
        // The stage follows the branch the workflow runs on (developer → development, certification,
        // master → production), so the workflows stay a bare `./build.sh --target X`.
        Stage = context.Argument("stage", (context.EnvironmentVariable("GITHUB_REF_NAME") ?? "") switch
        {
            "certification" => "certification",
            "master" => "production",
            _ => "development",
        });
        // On GitHub Actions the image goes to GHCR under the repository's name (lower case, as GHCR requires).
        var github = context.EnvironmentVariable("GITHUB_REPOSITORY");
        ImageRepository = context.Argument("image-repository", context.EnvironmentVariable("MLOPS_IMAGE_REPOSITORY")
            ?? (string.IsNullOrEmpty(github) ? "127.0.0.1:5000/german-credit" : $"ghcr.io/{github.ToLowerInvariant()}"));
        BaseImage = context.Argument("base-image", "");
        // The branch the registry folder is shared on between jobs (registry.cake); empty: the local models/ only.
        RegistryBranch = context.Argument("registry-branch", context.EnvironmentVariable("MLOPS_REGISTRY_BRANCH") ?? "");
        // What the monitor checks: the reference of --drift-model against --drift-current (a CSV) or --drift-log (the
        // service's prediction log) in windows of --drift-window. Each falls back to MLOPS_DRIFT_* (monitor.yml sets them
        // from its inputs or repository variables); there is no default data, so an unconfigured monitor fails instead
        // of comparing the training data with itself and staying green.
        DriftModel = context.Argument("drift-model", context.EnvironmentVariable("MLOPS_DRIFT_MODEL") is { Length: > 0 } model ? model : "german-credit@production");
        DriftCurrentFile = context.Argument("drift-current", context.EnvironmentVariable("MLOPS_DRIFT_CURRENT") ?? "");
        DriftLog = context.Argument("drift-log", context.EnvironmentVariable("MLOPS_DRIFT_LOG") ?? "");
        DriftWindow = context.Argument("drift-window", context.EnvironmentVariable("MLOPS_DRIFT_WINDOW") is { Length: > 0 } window ? window : "1d");
        // Sharded training (docs/sharded-training.md): the slice I/N a TrainShard job trains, and the folder of shard
        // files the Train task merges instead of training (ci.yml and certification.yml set MLOPS_TRAIN_SHARDS when
        // training.shards > 1; empty: Train trains every unit itself).
        Shard = context.Argument("shard", context.EnvironmentVariable("MLOPS_TRAIN_SHARD") ?? "");
        TrainShards = context.Argument("train-shards", context.EnvironmentVariable("MLOPS_TRAIN_SHARDS") ?? "");
    }

    public string Target { get; }
    public string Configuration { get; }
    public string Config { get; }
    public string TestHangTimeout { get; }
    public int TestParallelism { get; }
    public DirectoryPath Root { get; }
    public DirectoryPath Out { get; }
    public FilePath Solution { get; }
    public FilePath Mlops { get; }
    public string StepSummary { get; }
    public string Stage { get; }
    public string ImageRepository { get; }
    public string BaseImage { get; }
    public bool GateRan { get; set; }
    // Set by Build or BuildCli: the tool is compiled in this run, so BuildCli has nothing left to do and Pack packs it as built.
    public bool ToolBuilt { get; set; }
    // The run has both Test and DataTests (the CI target): Test runs the data projects whole in its pool.
    public bool DataTestsInTestPool { get; init; }
    public bool Drifted { get; set; }
    public string RegistryBranch { get; }
    public string DriftModel { get; }
    public string DriftCurrentFile { get; }
    public string DriftLog { get; }
    public string Shard { get; }
    public string TrainShards { get; }
    public string DriftWindow { get; }

    // mlops drift refuses both at once and checks the window; the build only names its own options when neither is given.
    public string DriftCurrent()
    {
        if (DriftCurrentFile.Length == 0 && DriftLog.Length == 0)
        {
            throw new CakeException(2, "the monitor needs current data: --drift-current FILE (CSV) or --drift-log FILE (prediction log), or MLOPS_DRIFT_CURRENT / MLOPS_DRIFT_LOG");
        }
        var current = DriftCurrentFile.Length > 0 ? $"--current \"{DriftCurrentFile}\"" : "";
        var log = DriftLog.Length > 0 ? $"--log \"{DriftLog}\" --window \"{DriftWindow}\"" : "";
        return $"{current} {log}".Trim();
    }

    public bool OnGitHubActions => !string.IsNullOrEmpty(StepSummary);
}
