using System.Text.RegularExpressions;
using CiCd.Testing;
using CiCd.Workflows.Tests.Cake;
using CiCd.Workflows.Tests.Model;
using YamlDotNet.RepresentationModel;

namespace CiCd.Workflows.Tests;

public static partial class AllWorkflowsTests
{
    public sealed class TheThinSteps
    {
        [Theory]
        [MemberData(nameof(Names), MemberType = typeof(AllWorkflowsTests))]
        public void Should_Run_Nothing_But_Cake_Targets(string name)
        {
            // Given
            var runs = Workflow.Load(name).Jobs.SelectMany(j => j.Steps).Select(s => s.Run).OfType<string>().ToList();

            // Then: a Cake target (alone with --exclusive when an earlier step ran its dependencies), the verified install of
            // the tool (VerifiedTool), or a script that runs no repository code at all (the registry fetches, which hold the
            // token while the code is checked out; the checksums; the privileged jobs' `mlops` calls)
            Assert.NotEmpty(runs);
            Assert.All(runs, run =>
            {
                if (!CakeCall().IsMatch(run) && !run.Contains("dotnet tool install", StringComparison.Ordinal))
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
        public void Should_Cache_NuGet_Packages_Keyed_On_The_Package_Versions_Where_It_Caches(string name)
        {
            // Given
            var caches = Workflow.Load(name).Jobs.SelectMany(j => j.StepsUsing("actions/cache"));

            // Then
            Assert.All(caches, cache =>
            {
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

            // Then: every job that runs the pipeline (the jobs that only build or pack the tool hand it on instead)
            Assert.All(jobs.Where(job => job.CakeTargets.Except(["Build", "Pack", "Tool"]).Any()), job =>
            {
                var upload = Assert.Single(job.StepsUsing("actions/upload-artifact"), u => u.If == "${{ always() }}");
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
}
