// The model registry shared between jobs: on GitHub every job starts on a fresh runner, so the registry folder
// (models/) lives on a branch (--registry-branch, default MLOPS_REGISTRY_BRANCH; the workflows set mlops-registry).
// A job pulls it before it reads the champion or an alias, and pushes it back after it registered a version or moved
// an alias; the push is never forced (src/CiCd.Registry/Sharing/RegistryBranch.cs). Without a branch both do nothing,
// so a laptop keeps its own models/. Loaded by build.cake after mlops.cake.

// Pulled once per job: ci.yml pulls in a step of its own (the one that holds the token), and the CI target that
// follows must not pull again without it, so the pull is noted in GITHUB_ENV for the job's later steps.
Task("RegistryPull")
    .WithCriteria<BuildParameters>((context, p) => p.RegistryBranch.Length > 0, "no --registry-branch: the local models/ is the registry")
    .WithCriteria<BuildParameters>((context, p) => string.IsNullOrEmpty(context.EnvironmentVariable("MLOPS_REGISTRY_PULLED")), "pulled by an earlier step of this job")
    .IsDependentOn("Build")
    .Does<BuildParameters>((context, p) =>
    {
        RunMlops(context, p, $"model sync pull --config \"{p.Config}\" --branch \"{p.RegistryBranch}\"");
        if (context.EnvironmentVariable("GITHUB_ENV") is { Length: > 0 } jobEnvironment)
        {
            System.IO.File.AppendAllText(jobEnvironment, $"MLOPS_REGISTRY_PULLED={p.RegistryBranch}\n");
        }
    });

Task("RegistryPush")
    .WithCriteria<BuildParameters>((context, p) => p.RegistryBranch.Length > 0, "no --registry-branch: the local models/ is the registry")
    .IsDependentOn("RegistryPull")
    .Does<BuildParameters>((context, p) => RunMlops(context, p, $"model sync push --config \"{p.Config}\" --branch \"{p.RegistryBranch}\""));
