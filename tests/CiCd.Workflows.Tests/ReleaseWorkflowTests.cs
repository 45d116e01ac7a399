using System.Text.RegularExpressions;
using CiCd.Workflows.Tests.Cake;
using CiCd.Workflows.Tests.Model;

namespace CiCd.Workflows.Tests;

public static partial class ReleaseWorkflowTests
{
    [GeneratedRegex(@"(?:^|\s)mlops ([a-z-]+) ([a-z-]+)", RegexOptions.Multiline)]
    private static partial Regex MlopsCall();

    public sealed class TheReleaseWorkflow
    {
        private readonly Workflow _workflow = Workflow.Load("release.yml");

        private WorkflowJob Release => _workflow.Job("release");

        private WorkflowJob Tool => _workflow.Job("tool");

        /// <summary>"verb subverb" of each `mlops` call in the release job's steps, in order.</summary>
        private IReadOnlyList<string> MlopsCalls =>
            Release.Steps.Select(s => s.Run).OfType<string>().SelectMany(r => MlopsCall().Matches(r)).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}").ToList();

        [Fact]
        public void Should_Run_On_Pushes_To_Master_Only()
        {
            // Then
            Assert.Equal(["push"], _workflow.On.Keys());
            Assert.Equal(["master"], _workflow.On.Child("push").Child("branches").Texts());
        }

        [Fact]
        public void Should_Write_Contents_For_The_Tag_Packages_For_The_Image_Pull_Requests_For_The_Overlay_And_Attestations_And_Nothing_Else()
        {
            // Then
            Assert.Equal(new Dictionary<string, string>
            {
                ["contents"] = "write",
                ["packages"] = "write",
                ["pull-requests"] = "write",
                ["id-token"] = "write",
                ["attestations"] = "write",
            }, Release.Permissions);
        }

        [Fact]
        public void Should_Pin_The_Promoted_Digest_In_The_Production_Overlay_Through_A_Pull_Request()
        {
            // Given
            var steps = Release.Steps.ToList();
            var pin = steps.Single(s => s.Name == "Pin the production overlay");
            var pullRequest = steps.Single(s => s.Name == "Production overlay pull request");

            // Then: the digest the promote step moved, into the overlay that exists, on a branch of its own, proposed to master
            Assert.Equal("${{ steps.promote.outputs.digest }}", pin.Env["DIGEST"]);
            Assert.Equal("${{ steps.promote.outputs.image }}", pin.Env["IMAGE"]);
            Assert.Equal("mlops release pin deploy/kubernetes/overlays/production --image \"$IMAGE\" --digest \"$DIGEST\"", pin.Run!.Trim());
            Assert.True(File.Exists(CiCd.Testing.RepositoryRoot.PathOf("deploy/kubernetes/overlays/production/kustomization.yaml")));
            Assert.True(steps.FindIndex(s => s.Name == "Promote the image") < steps.IndexOf(pin) && steps.IndexOf(pin) < steps.IndexOf(pullRequest));
            Assert.Contains("overlay=deploy/kubernetes/overlays/production/kustomization.yaml", pullRequest.Run, StringComparison.Ordinal);
            Assert.Contains("git push --quiet \"$REPOSITORY_URL\" \"HEAD:refs/heads/$branch\"", pullRequest.Run, StringComparison.Ordinal);
            Assert.Contains("branch=\"deploy/production-$tag\"", pullRequest.Run, StringComparison.Ordinal);
            Assert.Contains("gh pr create --base master --head \"$branch\"", pullRequest.Run, StringComparison.Ordinal);
            Assert.Equal("${{ secrets.GITHUB_TOKEN }}", pullRequest.Env["GH_TOKEN"]);
        }

        [Fact]
        public void Should_Build_The_Tool_And_Its_Sbom_In_A_Job_That_Can_Write_Nothing()
        {
            // Then
            Assert.Equal(new Dictionary<string, string> { ["contents"] = "read" }, Tool.Permissions);
            Assert.Equal(["Tool"], Tool.CakeTargets);
            Assert.Superset(new HashSet<string> { "Pack", "Sbom" }, CakeTargets.Load().Runs("Tool").ToHashSet());
            Assert.DoesNotContain(Tool.Steps, s => s.HoldsSecret);
        }

        [Fact]
        public void Should_Hand_Over_The_Tool_With_Sums_That_Travel_Apart_From_It()
        {
            // Given
            var sums = Tool.Steps.Single(s => s.Name == "Checksums");
            var install = Release.Steps.Single(VerifiedTool.IsInstallStep);

            // Then: the sums cover the package and the SBOM and are the tool job's output; the release job checks them first
            Assert.Contains("sha256sum \"packages/$package\" sbom/mlops.cdx.json", sums.Run, StringComparison.Ordinal);
            Assert.Equal("${{ steps.sums.outputs.sha256sums }}", Tool.Outputs["sha256sums"]);
            Assert.Equal(["tool"], Release.Needs);
            Assert.Null(VerifiedTool.Problem(Release, install));
            Assert.True(Release.Steps.ToList().IndexOf(install) < Release.Steps.ToList().FindIndex(s => s.Run?.Contains("mlops ", StringComparison.Ordinal) == true));
        }

        [Fact]
        public void Should_Run_Each_Task_Of_The_Release_Target_With_The_Verified_Tool()
        {
            // Then: the order of Cake's Release (Promote, RegistryPush, GitHubRelease and what they depend on)
            Assert.Equal(
                ["release version", "model sync", "image promote", "model promote", "model sync", "release notes", "release publish", "release pin"],
                MlopsCalls);
            Assert.Empty(Release.CakeTargets);
        }

        [Fact]
        public void Should_Take_The_Certified_Version_From_The_Shared_Registry_Not_From_Another_Jobs_Folder() =>
            Assert.Equal("mlops-registry", _workflow.Root.Child("env").Text("MLOPS_REGISTRY_BRANCH"));

        [Fact]
        public void Should_Run_No_Tests_So_Need_No_Service() => Assert.All(_workflow.Jobs, job => Assert.Empty(job.Services));

        [Fact]
        public void Should_Run_In_The_Production_Environment() =>
            Assert.Equal("production", Release.Environment);

        [Fact]
        public void Should_Push_To_Ghcr_With_The_Jobs_Own_Token()
        {
            // Given
            var step = Release.Steps.Single(s => s.Run?.Contains("mlops image promote", StringComparison.Ordinal) == true);

            // Then
            Assert.Equal("${{ github.actor }}", step.Env["MLOPS_REGISTRY_USERNAME"]);
            Assert.Equal("${{ secrets.GITHUB_TOKEN }}", step.Env["MLOPS_REGISTRY_PASSWORD"]);
        }

        [Fact]
        public void Should_Attest_The_Provenance_Of_The_Package_And_Of_The_Promoted_Image()
        {
            // Given
            var steps = Release.Steps.ToList();
            var attestations = Release.StepsUsing("actions/attest-build-provenance").ToList();
            var login = steps.FindIndex(s => s.Run?.Contains("docker login ghcr.io", StringComparison.Ordinal) == true);

            // Then: the image's attestation is pushed next to it, so the engine is logged in to GHCR first
            Assert.Equal(2, attestations.Count);
            Assert.Contains(attestations, a => a.With.GetValueOrDefault("subject-path") == "${{ runner.temp }}/tool/packages/CiCd.Mlops.*.nupkg");
            var image = Assert.Single(attestations, a =>
                a.With.GetValueOrDefault("subject-name") == "${{ steps.promote.outputs.image }}"
                && a.With.GetValueOrDefault("subject-digest") == "${{ steps.promote.outputs.digest }}"
                && a.With.GetValueOrDefault("push-to-registry") == "true");
            Assert.True(login >= 0 && login < steps.IndexOf(image));
            Assert.Equal("${{ secrets.GITHUB_TOKEN }}", steps[login].Env["REGISTRY_PASSWORD"]);
        }

        [Fact]
        public void Should_Attach_The_Package_And_Its_Sbom_To_The_GitHub_Release()
        {
            // Given
            var upload = Release.Steps.Single(s => s.Run?.Contains("gh release upload", StringComparison.Ordinal) == true);
            var steps = Release.Steps.ToList();

            // Then: after the release exists, from the verified folder
            Assert.Contains("\"$RUNNER_TEMP\"/tool/packages/CiCd.Mlops.*.nupkg \"$RUNNER_TEMP/tool/sbom/mlops.cdx.json\"", upload.Run, StringComparison.Ordinal);
            Assert.True(steps.FindIndex(s => s.Run?.Contains("mlops release publish", StringComparison.Ordinal) == true) < steps.IndexOf(upload));
        }

        [Fact]
        public void Should_Fetch_The_Whole_History_For_The_Version_Tags() =>
            Assert.Equal("0", Release.StepsUsing("actions/checkout").Single().With["fetch-depth"]);

        [Fact]
        public void Should_Queue_Releases_Rather_Than_Cancel_One_Half_Done()
        {
            // Then
            Assert.Equal("release", _workflow.Root.Child("concurrency").Text("group"));
            Assert.Equal("false", _workflow.Root.Child("concurrency").Text("cancel-in-progress"));
        }
    }
}
