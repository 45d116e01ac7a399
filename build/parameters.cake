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
    }

    public string Target { get; }
    public string Configuration { get; }
    public string Config { get; }
    public DirectoryPath Root { get; }
    public DirectoryPath Out { get; }
    public FilePath Solution { get; }
    public FilePath Mlops { get; }
    public string StepSummary { get; }
    public bool OnGitHubActions => !string.IsNullOrEmpty(StepSummary);
}
