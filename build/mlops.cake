// Runs one `mlops` stage; its exit code is the stage's verdict (0 ok, 1 check failed, 2 input error).
public static void RunMlops(ICakeContext context, BuildParameters p, string arguments)
{
    var exitCode = context.StartProcess("dotnet", new ProcessSettings
    {
        Arguments = $"\"{p.Mlops.FullPath}\" {arguments}",
        WorkingDirectory = p.Root,
    });
    if (exitCode != 0)
    {
        throw new CakeException(exitCode, $"mlops {arguments} failed with exit code {exitCode}");
    }
}

// Appends a Markdown report to the GitHub job summary when running on GitHub Actions.
public static void PublishSummary(ICakeContext context, BuildParameters p, FilePath markdown)
{
    if (p.OnGitHubActions && context.FileExists(markdown))
    {
        System.IO.File.AppendAllText(p.StepSummary, System.IO.File.ReadAllText(markdown.FullPath) + "\n");
    }
}

// The run report (HTML, Markdown, JSON) and, on GitHub Actions, its Markdown as the job summary.
public static void WriteReport(ICakeContext context, BuildParameters p)
{
    RunMlops(context, p, $"report --config \"{p.Config}\" --train out/train --gate out/gate --out out/report");
    PublishSummary(context, p, p.Out.CombineWithFilePath("report/summary.md"));
    PublishOutput(context, "summary", p.Out.CombineWithFilePath("report/summary.md"));
}

// A file as the step output `name` (ci.yml hands the summary to its comment job as data), with a fresh delimiter so the
// file's text cannot end the value early.
public static void PublishOutput(ICakeContext context, string name, FilePath file)
{
    if (context.EnvironmentVariable("GITHUB_OUTPUT") is { Length: > 0 } outputs && context.FileExists(file))
    {
        var delimiter = $"mlops-{Guid.NewGuid():N}";
        System.IO.File.AppendAllText(outputs, $"{name}<<{delimiter}\n{System.IO.File.ReadAllText(file.FullPath).TrimEnd('\n')}\n{delimiter}\n");
    }
}
