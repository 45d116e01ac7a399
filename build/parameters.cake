// Every argument and path the build uses, read once (Cake's own build keeps the same shape).
public sealed class BuildParameters
{
    public BuildParameters(ICakeContext context)
    {
        Target = context.Argument("target", "CI");
        Configuration = context.Argument("configuration", "Release");
        Config = context.Argument("config", "mlops.yaml");
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
        // What the monitor compares with the production reference: --drift-log (the service's prediction
        // log, windowed by day) or --drift-current (a CSV); by default the shipped data, which stays green.
        var log = context.Argument("drift-log", "");
        DriftCurrent = log.Length > 0 ? $"--log \"{log}\" --window 1d" : $"--current \"{context.Argument("drift-current", "data/raw/german_credit.csv")}\"";
    }

    public string Target { get; }
    public string Configuration { get; }
    public string Config { get; }
    public DirectoryPath Root { get; }
    public DirectoryPath Out { get; }
    public FilePath Solution { get; }
    public FilePath Mlops { get; }
    public string StepSummary { get; }
    public string Stage { get; }
    public string ImageRepository { get; }
    public string BaseImage { get; }
    public bool GateRan { get; set; }
    public string DriftCurrent { get; }
    public bool OnGitHubActions => !string.IsNullOrEmpty(StepSummary);
}
