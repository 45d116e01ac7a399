// The model registry shared between jobs: on GitHub every job starts on a fresh runner, so the registry folder
// (models/) lives on a branch (--registry-branch, default MLOPS_REGISTRY_BRANCH; the workflows set mlops-registry).
// A job pulls it before it reads the champion or an alias, and pushes it back after it registered a version or moved
// an alias; the push is never forced (src/CiCd.Registry/Sharing/RegistryBranch.cs). Without a branch both do nothing,
// so a laptop keeps its own models/. Loaded by build.cake after mlops.cake.

// Pulled once per job, by the step that holds the token: ci.yml and certification.yml's candidate job fetch the branch
// with plain git (no repository code runs with the token); the jobs that push run `mlops model sync pull/push` from the
// verified tool package instead of these tasks. The targets that follow must not pull again without the token, so the pull is noted in GITHUB_ENV for the
// job's later steps. (Conditions sit in the bodies: Cake refuses to run a target whose criteria are false, and both are
// also called as targets.)
Task("RegistryPull")
    .IsDependentOn("BuildCli")
    .Does<BuildParameters>((context, p) =>
    {
        if (p.RegistryBranch.Length == 0 || !string.IsNullOrEmpty(context.EnvironmentVariable("MLOPS_REGISTRY_PULLED")))
        {
            context.Information(p.RegistryBranch.Length == 0 ? "no --registry-branch: the local models/ is the registry" : "pulled by an earlier step of this job");
            return;
        }
        RunMlops(context, p, $"model sync pull --config \"{p.Config}\" --branch \"{p.RegistryBranch}\"");
        if (context.EnvironmentVariable("GITHUB_ENV") is { Length: > 0 } jobEnvironment)
        {
            System.IO.File.AppendAllText(jobEnvironment, $"MLOPS_REGISTRY_PULLED={p.RegistryBranch}\n");
        }
    });

Task("RegistryPush")
    .IsDependentOn("RegistryPull")
    .Does<BuildParameters>((context, p) =>
    {
        if (p.RegistryBranch.Length == 0)
        {
            context.Information("no --registry-branch: the local models/ is the registry");
            return;
        }
        RunMlops(context, p, $"model sync push --config \"{p.Config}\" --branch \"{p.RegistryBranch}\"");
    });
