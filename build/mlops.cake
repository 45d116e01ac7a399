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
}
