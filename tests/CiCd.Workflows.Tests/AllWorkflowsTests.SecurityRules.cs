using System.Text.RegularExpressions;
using CiCd.Testing;
using CiCd.Workflows.Tests.Cake;
using CiCd.Workflows.Tests.Model;
using YamlDotNet.RepresentationModel;

namespace CiCd.Workflows.Tests;

public static partial class AllWorkflowsTests
{
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
        public void Should_Pin_Every_Service_Image_To_An_Exact_Version_And_Its_Digest(string name)
        {
            // Given
            var workflow = Workflow.Load(name);

            // Then
            Assert.All(workflow.Jobs.SelectMany(job => job.Services.Values), service => RealComponents.AssertPinned(service.Text("image")));
        }

        [Theory]
        [MemberData(nameof(Names), MemberType = typeof(AllWorkflowsTests))]
        public void Should_Pin_The_Base_Image_Of_The_Image_Tests_By_Digest(string name)
        {
            // Given
            var bases = Workflow.Load(name).Jobs.Select(j => j.Env.GetValueOrDefault(CiCd.Testing.Docker.Prerequisites.BaseImageVariable)).OfType<string>();

            // Then
            Assert.All(bases, RealComponents.AssertPinned);
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

        [Fact]
        public void Should_Pin_Actions_At_Majors_That_Run_On_Node24()
        {
            // When
            var pins = Workflow.Names.SelectMany(n => Workflow.Load(n).Lines).Select(l => PinnedUses().Match(l)).Where(m => m.Success).ToList();

            // Then: the first major of each action whose action.yml says `using: node24` (composite for the attestation)
            Assert.All(pins, pin =>
            {
                var action = pin.Groups["action"].Value;
                Assert.True(Node24Majors.TryGetValue(action, out var first), $"{action}: which major runs on node24 is not recorded here");
                var major = int.Parse(pin.Groups["version"].Value[1..].Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);
                Assert.True(major >= first, $"{action}@{pin.Groups["version"].Value} runs on an older Node than node24 (from v{first})");
            });
        }

        [Fact]
        public void Should_Record_How_Each_Pin_Was_Verified()
        {
            // Given
            var evidence = File.ReadAllText(RepositoryRoot.PathOf("docs/ci-cd.md"));

            // When
            var pins = Workflow.Names.SelectMany(n => Workflow.Load(n).Lines).Select(l => PinnedUses().Match(l)).Where(m => m.Success)
                .Select(m => (Action: m.Groups["action"].Value, Sha: m.Groups["sha"].Value, Version: m.Groups["version"].Value)).Distinct();

            // Then: docs/ci-cd.md has a row `| action | sha | version | …` for each
            Assert.All(pins, pin => Assert.Contains($"| `{pin.Action}` | `{pin.Sha}` | {pin.Version} |", evidence, StringComparison.Ordinal));
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
            // Given: the steps whose targets, with every task they depend on (build/*.cake), compile or run repository code
            var workflow = Workflow.Load(name);
            var steps = workflow.Jobs.SelectMany(job => job.Steps.Select(step => (Job: job, Step: step)))
                .Where(s => s.Step.Run is { } run && Targets.RunsOf(run).Overlaps(CompilesOrRunsCode))
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
        public void Should_Reach_No_Build_From_A_Step_Holding_A_Secret(string name)
        {
            // Given: the Cake tasks each step holding a secret runs, dependencies included
            var steps = Workflow.Load(name).Jobs.SelectMany(j => j.Steps).Where(s => s.HoldsSecret && s.Run is not null);

            // Then
            Assert.All(steps, step =>
            {
                var runs = Targets.RunsOf(step.Run!);
                Assert.False(runs.Contains("Build") || runs.Contains("BuildCli"), $"{name}: `{step.Run!.Trim()}` holds a secret and runs Build (through {string.Join(", ", runs.Order(StringComparer.Ordinal))})");
            });
        }

        [Theory]
        [MemberData(nameof(Names), MemberType = typeof(AllWorkflowsTests))]
        public void Should_Run_No_Build_Script_In_A_Job_Whose_Token_Can_Write(string name)
        {
            // Given: every job whose token can write, certification's included (it pushes what its candidate job built)
            var jobs = Workflow.Load(name).Jobs.Where(j => j.Privileged).ToList();

            // Then: such a job runs GitHub's actions, shell built-ins and the tool it verified, never the checkout's code
            Assert.All(jobs, job => Assert.All(job.Steps.Where(s => s.Run is not null), step =>
            {
                Assert.DoesNotContain("./build.sh", step.Run!, StringComparison.Ordinal);
                if (VerifiedTool.IsInstallStep(step))
                {
                    Assert.Null(VerifiedTool.Problem(job, step));
                }
                else
                {
                    Assert.DoesNotMatch(RepositoryCode(), step.Run!);
                }
            }));
        }

        [Theory]
        [MemberData(nameof(Names), MemberType = typeof(AllWorkflowsTests))]
        public void Should_Hand_A_Privileged_Job_Only_A_Tool_Built_Without_Write_Permissions(string name)
        {
            // Given
            var workflow = Workflow.Load(name);

            // Then: whoever builds the tool a privileged job installs can write nothing and holds no secret while building
            Assert.All(workflow.Jobs.Where(j => j.Steps.Any(VerifiedTool.IsInstallStep)), job => Assert.All(job.Needs, need =>
            {
                var builder = workflow.Job(need);
                if (builder.Outputs.ContainsKey("sha256sums"))
                {
                    Assert.False(builder.Writes, $"{name}: {need} builds the tool {job.Id} runs, with a token that can write");
                    Assert.DoesNotContain(builder.Steps, s => s.HoldsSecret && s.Run is { } run && run.Contains("./build.sh", StringComparison.Ordinal));
                }
            }));
        }

        [Theory]
        [MemberData(nameof(Names), MemberType = typeof(AllWorkflowsTests))]
        public void Should_Restore_No_Cache_Across_A_Trust_Boundary(string name)
        {
            // Given: the jobs that hold write tokens or secrets, and those that build a tool such a job runs
            var workflow = Workflow.Load(name);
            var privileged = workflow.Jobs.Where(j => j.Privileged).ToList();
            var builders = privileged.Where(j => j.Steps.Any(VerifiedTool.IsInstallStep)).SelectMany(j => j.Needs).Select(workflow.Job)
                .Where(j => j.Outputs.ContainsKey("sha256sums"));

            // Then: none restores a cache, which any run (a pull request's included) may have saved first under that key
            Assert.All(privileged.Concat(builders), job => Assert.Empty(job.StepsUsing("actions/cache")));
        }

        [Theory]
        [MemberData(nameof(Names), MemberType = typeof(AllWorkflowsTests))]
        public void Should_Never_Cancel_A_Run_That_Publishes(string name)
        {
            // Given
            var workflow = Workflow.Load(name);

            // Then: a run that pushes an image, a tag or the registry branch queues behind the previous one instead
            if (workflow.Jobs.Any(j => j.Permissions.GetValueOrDefault("contents") == "write" || j.Permissions.GetValueOrDefault("packages") == "write"))
            {
                Assert.Equal("false", workflow.Root.Child("concurrency").Text("cancel-in-progress"));
            }
        }

        [Theory]
        [MemberData(nameof(Names), MemberType = typeof(AllWorkflowsTests))]
        public void Should_Use_No_Secret_But_The_Jobs_Own_Token_And_The_Prediction_Log_Uri(string name)
        {
            // When
            var secrets = SecretReference().Matches(Workflow.Load(name).Text).Select(m => m.Groups[1].Value).Distinct();

            // Then: the prediction log's URI carries the database's credentials; only the monitor and the retraining read it
            string[] allowed = name is "monitor.yml" or "retrain.yml" ? ["GITHUB_TOKEN", "MLOPS_PREDICTION_LOG_URI"] : ["GITHUB_TOKEN"];
            Assert.All(secrets, secret => Assert.Contains(secret, allowed));
        }
    }
}
