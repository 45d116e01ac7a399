// The opt-in sharded search (docs/sharded-training.md). With training.shards > 1 in mlops.yaml, ci.yml and
// certification.yml run TrainPlan once, TrainShard in one matrix job per shard, and merge in the CI job: the Train task
// passes --merge with the downloaded shard files (MLOPS_TRAIN_SHARDS) and writes what a single-machine Train writes.

// The shard count and the matrix ([1..N]) as step outputs `shards` and `matrix`, and as out/plan/train-plan.json.
Task("TrainPlan")
    .IsDependentOn("BuildCli")
    .Does<BuildParameters>((context, p) =>
    {
        var plan = p.Out.Combine("plan");
        context.EnsureDirectoryExists(plan);
        var exitCode = context.StartProcess("dotnet", new ProcessSettings
        {
            Arguments = $"\"{p.Mlops.FullPath}\" train --plan --config \"{p.Config}\"",
            WorkingDirectory = p.Root,
            RedirectStandardOutput = true,
        }, out var lines);
        var json = string.Join("\n", lines).Trim();
        if (exitCode != 0)
        {
            throw new CakeException(exitCode, $"mlops train --plan failed with exit code {exitCode}");
        }
        System.IO.File.WriteAllText(plan.CombineWithFilePath("train-plan.json").FullPath, json + "\n");
        var root = System.Text.Json.JsonDocument.Parse(json).RootElement;
        context.Information($"training.shards: {root.GetProperty("shards")} ({root.GetProperty("units")} work units)");
        if (context.EnvironmentVariable("GITHUB_OUTPUT") is { Length: > 0 } outputs)
        {
            System.IO.File.AppendAllText(outputs, $"shards={root.GetProperty("shards")}\nmatrix={root.GetProperty("matrix").GetRawText()}\n");
        }
    });

// One slice (--shard=I/N, or MLOPS_TRAIN_SHARD) of the (candidate, fold) work units → out/shards/train-shard-I-of-N.json.
Task("TrainShard")
    .IsDependentOn("Validate")
    .Does<BuildParameters>((context, p) =>
        RunMlops(context, p, $"train --config \"{p.Config}\" --shard \"{p.Shard}\" --out out/shards"));

// Train merges the shard files instead of training when a folder of them is given.
public static string MergeArgument(BuildParameters p) =>
    string.IsNullOrEmpty(p.TrainShards) ? "" : $" --merge \"{p.TrainShards}\"";
