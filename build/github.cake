// Tasks that tell GitHub about a run, each one `mlops github …` or `mlops release …` call (the logic and its
// tests live in src/CiCd.GitHub and src/CiCd.Release). Loaded by build.cake after mlops.cake.

// The one pull-request comment: the report summary, edited in place on every push (ci.yml, pull requests only). In
// ci.yml it runs in a job of its own on the base branch's code, which gets the summary from the CI job in MLOPS_SUMMARY.
Task("PullRequestComment")
    .IsDependentOn("Build")
    .Does<BuildParameters>((context, p) =>
    {
        var summary = p.Out.CombineWithFilePath("report/summary.md");
        if (context.EnvironmentVariable("MLOPS_SUMMARY") is { Length: > 0 } handed)
        {
            context.EnsureDirectoryExists(summary.GetDirectory());
            System.IO.File.WriteAllText(summary.FullPath, handed + "\n");
        }
        RunMlops(context, p, $"github comment --file \"{summary.FullPath}\"");
    });

// vX.Y.Z for this commit: release.version in mlops.yaml + one past the highest tag (a re-run keeps its tag).
Task("ReleaseVersion")
    .IsDependentOn("Build")
    .Does<BuildParameters>((context, p) => RunMlops(context, p, $"release version --config \"{p.Config}\" --out out/release/version.json"));

// Notes from the certified version's card (read from the registry, sha256-checked) and, when the run has one, the gate report.
Task("ReleaseNotes")
    .IsDependentOn("ReleaseVersion")
    .IsDependentOn("RegistryPull")
    .Does<BuildParameters>((context, p) =>
    {
        RunMlops(context, p, $"release notes --config \"{p.Config}\" --registered certification --out out/release/notes.md");
        PublishSummary(context, p, p.Out.CombineWithFilePath("release/notes.md"));
    });

// The GitHub Release; creating it creates the tag, so the job needs no git credentials.
Task("GitHubRelease")
    .IsDependentOn("ReleaseNotes")
    .Does<BuildParameters>((context, p) => RunMlops(context, p, $"release publish --config \"{p.Config}\" --notes out/release/notes.md"));

// Drift of the current data (--drift-current CSV, or --drift-log prediction log in --drift-window windows) against the
// reference profile of --drift-model (default: the production version, from the shared registry). Over the policy
// (mlops drift exits 1) it notes drifted=true in the step outputs and fails, unless Monitor follows to alert first.
// monitor.yml makes the same `mlops drift` call with the verified tool (the log's URI is a secret no build may see).
Task("Drift")
    .IsDependentOn("RegistryPull")
    .Does<BuildParameters>((context, p) =>
    {
        var exitCode = context.StartProcess("dotnet", new ProcessSettings
        {
            Arguments = $"\"{p.Mlops.FullPath}\" drift --config \"{p.Config}\" --model \"{p.DriftModel}\" {p.DriftCurrent()} --out out/drift",
            WorkingDirectory = p.Root,
        });
        PublishSummary(context, p, p.Out.CombineWithFilePath("drift/drift.md"));
        p.Drifted = exitCode == 1;
        if (p.Drifted && context.EnvironmentVariable("GITHUB_OUTPUT") is { Length: > 0 } outputs)
        {
            System.IO.File.AppendAllText(outputs, "drifted=true\n");
        }
        if (exitCode != 0 && !(p.Drifted && p.Target == "Monitor"))
        {
            throw new CakeException(exitCode, $"mlops drift exited {exitCode}");
        }
    });

// On a laptop or with a token at hand: Drift, then on red open or update the drift issue, or dispatch retraining, then fail.
Task("Monitor")
    .IsDependentOn("Drift")
    .Does<BuildParameters>((context, p) =>
    {
        if (p.Drifted)
        {
            RunMlops(context, p, $"github drift-alert --config \"{p.Config}\" --report out/drift/drift.md");
            throw new CakeException(1, "mlops drift exited 1");
        }
    });
