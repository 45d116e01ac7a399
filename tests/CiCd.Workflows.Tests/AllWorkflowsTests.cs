using System.Text.RegularExpressions;
using CiCd.Workflows.Tests.Model;
using YamlDotNet.RepresentationModel;

namespace CiCd.Workflows.Tests;

/// <summary>Rules every workflow keeps: pinned actions, least privilege, no credentials left behind, thin steps.</summary>
public static partial class AllWorkflowsTests
{
    public static TheoryData<string> Names => [.. Workflow.Names];

    public sealed class TheFolder
    {
        [Fact]
        public void Should_Hold_Exactly_The_Four_Workflows()
        {
            // When
            var files = Directory.EnumerateFiles(Workflow.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal);

            // Then
            Assert.Equal(Workflow.Names.Order(StringComparer.Ordinal), files);
        }
    }

    public sealed class TheSecurityRules
    {
        [Theory]
        [MemberData(nameof(Names), MemberType = typeof(AllWorkflowsTests))]
        public void Should_Pin_Every_Action_To_A_Full_Commit_Sha_With_Its_Version_In_A_Comment(string name)
        {
            // Given
            var workflow = Workflow.Load(name);

            // When
            var uses = workflow.Lines.Where(l => UsesLine().IsMatch(l)).ToList();

            // Then
            Assert.NotEmpty(uses);
            Assert.All(uses, line => Assert.Matches(PinnedUses(), line));
        }

        [Theory]
        [MemberData(nameof(Names), MemberType = typeof(AllWorkflowsTests))]
        public void Should_Pin_Every_Service_Image_To_An_Exact_Version(string name)
        {
            // Given
            var workflow = Workflow.Load(name);

            // Then
            Assert.All(workflow.Jobs.SelectMany(job => job.Services.Values), RealComponents.AssertPinned);
        }

        [Fact]
        public void Should_Pin_Each_Action_To_The_Same_Commit_Everywhere()
        {
            // When
            var pins = Workflow.Names.SelectMany(n => Workflow.Load(n).Lines)
                .Select(l => PinnedUses().Match(l)).Where(m => m.Success)
                .GroupBy(m => m.Groups["action"].Value)
                .ToDictionary(g => g.Key, g => g.Select(m => (m.Groups["sha"].Value, m.Groups["version"].Value)).Distinct().ToList());

            // Then
            Assert.All(pins, pin => Assert.Single(pin.Value));
        }

        [Theory]
        [MemberData(nameof(Names), MemberType = typeof(AllWorkflowsTests))]
        public void Should_Never_Use_Pull_Request_Target(string name)
        {
            // Given
            var workflow = Workflow.Load(name);

            // Then
            Assert.DoesNotContain("pull_request_target", workflow.On.Keys());
            Assert.DoesNotContain("pull_request_target", workflow.Text, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(Names), MemberType = typeof(AllWorkflowsTests))]
        public void Should_Grant_Nothing_At_The_Top_And_Declare_Permissions_Per_Job(string name)
        {
            // Given
            var workflow = Workflow.Load(name);

            // Then
            var top = Assert.IsType<YamlMappingNode>(workflow.Root.Child("permissions"));
            Assert.Empty(top.Children);
            Assert.All(workflow.Jobs, job => Assert.True(job.DeclaresPermissions, $"{name}: job {job.Id} must declare its permissions"));
            Assert.All(workflow.Jobs, job => Assert.All(job.Permissions.Values, level => Assert.Contains(level, new[] { "read", "write", "none" })));
        }

        [Theory]
        [MemberData(nameof(Names), MemberType = typeof(AllWorkflowsTests))]
        public void Should_Not_Leave_Credentials_In_The_Checkout(string name)
        {
            // Given
            var checkouts = Workflow.Load(name).Jobs.SelectMany(j => j.StepsUsing("actions/checkout")).ToList();

            // Then
            Assert.NotEmpty(checkouts);
            Assert.All(checkouts, step => Assert.Equal("false", step.With.GetValueOrDefault("persist-credentials")));
        }

        [Theory]
        [MemberData(nameof(Names), MemberType = typeof(AllWorkflowsTests))]
        public void Should_Pass_Every_Expression_To_Scripts_Through_Env(string name)
        {
            // Given
            var runs = Workflow.Load(name).Jobs.SelectMany(j => j.Steps).Select(s => s.Run).OfType<string>().ToList();

            // Then: ${{ }} inside a script is pasted into the shell before it runs, so it could inject commands.
            Assert.All(runs, run => Assert.DoesNotContain("${{", run, StringComparison.Ordinal));
        }

        [Theory]
        [MemberData(nameof(Names), MemberType = typeof(AllWorkflowsTests))]
        public void Should_Give_No_Secret_To_A_Step_That_Builds_Or_Runs_Tests(string name)
        {
            // Given: the steps calling a target that builds or runs the tests, with the env they see (workflow, job, step)
            var workflow = Workflow.Load(name);
            var steps = workflow.Jobs.SelectMany(job => job.Steps.Select(step => (Job: job, Step: step)))
                .Where(s => s.Step.Run is { } run && BuildTarget().Matches(run).Any(m => BuildsOrTests.Contains(m.Groups[1].Value)))
                .ToList();

            // Then: test code and build scripts (and every package they load) never see a token or password
            Assert.All(steps, s =>
            {
                var env = workflow.Root.Child("env").Pairs().Concat(s.Job.Env).Concat(s.Step.Env);
                Assert.DoesNotContain(env, pair => Secret().IsMatch(pair.Value));
            });
        }

        [Theory]
        [MemberData(nameof(Names), MemberType = typeof(AllWorkflowsTests))]
        public void Should_Use_No_Secret_But_The_Jobs_Own_Token(string name)
        {
            // When
            var secrets = SecretReference().Matches(Workflow.Load(name).Text).Select(m => m.Groups[1].Value).Distinct();

            // Then
            Assert.All(secrets, secret => Assert.Equal("GITHUB_TOKEN", secret));
        }
    }

    public sealed class TheThinSteps
    {
        [Theory]
        [MemberData(nameof(Names), MemberType = typeof(AllWorkflowsTests))]
        public void Should_Run_Nothing_But_Cake_Targets(string name)
        {
            // Given
            var runs = Workflow.Load(name).Jobs.SelectMany(j => j.Steps).Select(s => s.Run).OfType<string>().ToList();

            // Then: a Cake target (alone with --exclusive when an earlier step ran its dependencies), or a script that runs
            // no repository code at all (ci.yml's registry fetch, which holds the token while the pull request's code is checked out)
            Assert.NotEmpty(runs);
            Assert.All(runs, run =>
            {
                if (!CakeCall().IsMatch(run))
                {
                    Assert.DoesNotMatch(RepositoryCode(), run);
                }
            });
        }

        [Theory]
        [MemberData(nameof(Names), MemberType = typeof(AllWorkflowsTests))]
        public void Should_Set_Up_Dotnet_From_Global_Json(string name)
        {
            // Given
            var jobs = Workflow.Load(name).Jobs;

            // Then
            Assert.All(jobs, job =>
            {
                var setup = Assert.Single(job.StepsUsing("actions/setup-dotnet"));
                Assert.Equal("global.json", setup.With.GetValueOrDefault("global-json-file"));
                Assert.False(setup.With.ContainsKey("dotnet-version"));
            });
        }

        [Theory]
        [MemberData(nameof(Names), MemberType = typeof(AllWorkflowsTests))]
        public void Should_Cache_NuGet_Packages_Keyed_On_The_Package_Versions(string name)
        {
            // Given
            var jobs = Workflow.Load(name).Jobs;

            // Then
            Assert.All(jobs, job =>
            {
                var cache = Assert.Single(job.StepsUsing("actions/cache"));
                Assert.Equal("~/.nuget/packages", cache.With["path"]);
                Assert.Contains("hashFiles('Directory.Packages.props'", cache.With["key"], StringComparison.Ordinal);
            });
        }

        [Theory]
        [MemberData(nameof(Names), MemberType = typeof(AllWorkflowsTests))]
        public void Should_Upload_Its_Outputs_Even_When_A_Step_Failed(string name)
        {
            // Given
            var jobs = Workflow.Load(name).Jobs;

            // Then: every job that runs the pipeline (ci.yml's comment job only posts what the CI job wrote)
            Assert.All(jobs.Where(job => job.CakeTargets.Except(["Build", "PullRequestComment"]).Any()), job =>
            {
                var upload = Assert.Single(job.StepsUsing("actions/upload-artifact"));
                Assert.Equal("${{ always() }}", upload.If);
                Assert.StartsWith("out/", upload.With["path"].Trim(), StringComparison.Ordinal);
            });
        }

        [Theory]
        [MemberData(nameof(Names), MemberType = typeof(AllWorkflowsTests))]
        public void Should_Bound_Every_Job_In_Time(string name) =>
            Assert.All(Workflow.Load(name).Jobs, job => Assert.True(int.TryParse(job.TimeoutMinutes, out var minutes) && minutes is > 0 and <= 90));

        [Theory]
        [MemberData(nameof(Names), MemberType = typeof(AllWorkflowsTests))]
        public void Should_Check_Out_First(string name) =>
            Assert.All(Workflow.Load(name).Jobs, job => Assert.Equal("actions/checkout", job.Steps[0].Action));
    }

    [GeneratedRegex(@"^\s*(-\s+)?uses:")]
    private static partial Regex UsesLine();

    // owner/repo[/path]@<40 hex> # vMAJOR[.MINOR[.PATCH]]
    [GeneratedRegex(@"^\s*(-\s+)?uses:\s+(?<action>[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_./-]+)?)@(?<sha>[0-9a-f]{40}) # (?<version>v\d+(\.\d+){0,2})\s*$")]
    private static partial Regex PinnedUses();

    [GeneratedRegex(@"secrets\.([A-Za-z0-9_]+)")]
    private static partial Regex SecretReference();

    // The targets that compile the repository or run its tests (the aggregates include them).
    private static readonly HashSet<string> BuildsOrTests = ["Build", "Test", "DataTests", "CI", "Candidate", "Certification"];

    [GeneratedRegex(@"secrets\.|github\.token")]
    private static partial Regex Secret();

    [GeneratedRegex(@"\./build\.sh --target[ =]([A-Za-z]+)")]
    private static partial Regex BuildTarget();

    [GeneratedRegex(@"^\./build\.sh --target [A-Za-z]+( --exclusive)?\n?$")]
    private static partial Regex CakeCall();

    // Anything that would run a file of the checkout: a relative path, the .NET CLI, Cake, a shell reading a script.
    [GeneratedRegex(@"\./|\bdotnet\b|\bcake\b|\b(ba)?sh\s|\bsource\b|\bmake\b|\bnpm\b|\bnode\b|\bpython")]
    private static partial Regex RepositoryCode();
}
