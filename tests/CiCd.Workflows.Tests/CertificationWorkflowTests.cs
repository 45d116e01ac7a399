using System.Text.RegularExpressions;
using CiCd.Workflows.Tests.Cake;
using CiCd.Workflows.Tests.Model;

namespace CiCd.Workflows.Tests;

public static partial class CertificationWorkflowTests
{
    // `mlops verb subverb` as a command of its own or inside $(…).
    [GeneratedRegex(@"(?:^|[\s(])mlops ([a-z-]+) ([a-z-]+)", RegexOptions.Multiline)]
    private static partial Regex MlopsCall();

    public sealed class TheCertificationWorkflow
    {
        private readonly Workflow _workflow = Workflow.Load("certification.yml");

        private WorkflowJob Candidate => _workflow.Job("candidate");

        private WorkflowJob Certify => _workflow.Job("certify");

        private WorkflowStep Step(WorkflowJob job, string name) => job.Steps.Single(s => s.Name == name);

        private int IndexOf(WorkflowJob job, Func<WorkflowStep, bool> match) => job.Steps.ToList().FindIndex(s => match(s));

        [Fact]
        public void Should_Run_On_Pushes_To_Certification_Only()
        {
            // Then
            Assert.Equal(["push"], _workflow.On.Keys());
            Assert.Equal(["certification"], _workflow.On.Child("push").Child("branches").Texts());
        }

        [Fact]
        public void Should_Have_A_Candidate_Job_That_Can_Write_Nothing_And_A_Certify_Job_That_Writes_The_Registry_Branch_And_Packages()
        {
            // Then
            Assert.Equal(["train-plan", "train-shards", "candidate", "certify"], _workflow.Jobs.Select(j => j.Id));
            Assert.Equal(new Dictionary<string, string> { ["contents"] = "read" }, Candidate.Permissions);
            Assert.Equal(new Dictionary<string, string> { ["contents"] = "write", ["packages"] = "write" }, Certify.Permissions);
            Assert.Equal(["candidate"], Certify.Needs);
        }

        [Fact]
        public void Should_Share_The_Registry_Through_Its_Branch() =>
            Assert.Equal("mlops-registry", _workflow.Root.Child("env").Text("MLOPS_REGISTRY_BRANCH"));

        [Fact]
        public void Should_Provide_The_CI_Targets_Tests_With_Their_Components() =>
            RealComponents.AssertProvidedTo(Candidate);

        [Fact]
        public void Should_Run_The_Candidate_Target_In_The_Read_Only_Job_And_No_Cake_Target_Where_The_Token_Can_Write()
        {
            // Then: Candidate is CI, register, publish, image and smoke; the tool package comes with CI
            Assert.Equal(["Candidate"], Candidate.CakeTargets);
            Assert.Superset(new HashSet<string> { "CI", "Pack", "Register", "Publish", "Image", "Smoke" }, CakeTargets.Load().Runs("Candidate").ToHashSet());
            Assert.Empty(Certify.CakeTargets);
            Assert.DoesNotContain(Certify.Steps, s => s.Run?.Contains("build.sh", StringComparison.Ordinal) == true);
        }

        [Fact]
        public void Should_Give_The_Candidate_Job_The_Token_Only_To_Fetch_The_Registry_With_Git()
        {
            // Given
            var withSecrets = Candidate.Steps.Where(s => s.HoldsSecret).ToList();

            // Then
            var fetch = Assert.Single(withSecrets);
            Assert.Equal("Shared model registry", fetch.Name);
            Assert.DoesNotContain("build.sh", fetch.Run, StringComparison.Ordinal);
            Assert.DoesNotMatch(MlopsCall(), fetch.Run!);
        }

        [Fact]
        public void Should_Run_Only_The_Verified_Mlops_With_The_Token_In_The_Certify_Job()
        {
            // Given
            var withSecrets = Certify.Steps.Where(s => s.HoldsSecret).ToList();

            // Then: the registry pull, the image push and the registry push, each an `mlops` call
            Assert.Equal(["Shared model registry", "Push the release candidate", "Push the registry"], withSecrets.Select(s => s.Name));
            Assert.All(withSecrets, s => Assert.Matches(MlopsCall(), s.Run!));
            Assert.Equal(
                ["model sync", "image push", "model sync"],
                Certify.Steps.Select(s => s.Run).OfType<string>().SelectMany(r => MlopsCall().Matches(r)).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}"));
        }

        [Fact]
        public void Should_Hand_Over_The_Tool_The_Image_And_The_Registry_Under_Sums_That_Travel_Apart_From_Them()
        {
            // Given
            var sums = Step(Candidate, "Checksums");
            var upload = Candidate.StepsUsing("actions/upload-artifact").Single(s => s.If is null);
            var download = Certify.StepsUsing("actions/download-artifact").Single();
            var install = Certify.Steps.Single(VerifiedTool.IsInstallStep);

            // Then: one artifact, every file of it under the sums, which are the candidate job's output and checked first
            Assert.Contains("sha256sum \"packages/$package\" handover/image.tar handover/registry.tar", sums.Run, StringComparison.Ordinal);
            Assert.Equal(["out/packages", "out/handover"], upload.With["path"].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.Equal(upload.With["name"], download.With["name"]);
            Assert.Equal(download.With["path"], install.Node.Text("working-directory"));
            Assert.Equal("${{ steps.sums.outputs.sha256sums }}", Candidate.Outputs["sha256sums"]);
            Assert.Null(VerifiedTool.Problem(Certify, install));
            Assert.True(Certify.Steps.ToList().IndexOf(install) < IndexOf(Certify, s => s.Run?.Contains("mlops ", StringComparison.Ordinal) == true));
        }

        [Fact]
        public void Should_Save_Every_Tag_Of_The_Image_And_The_Registry_Folder_After_The_Candidate_Target()
        {
            // Given
            var handover = Step(Candidate, "Hand-over");

            // Then: the repository without a tag saves each of its tags (the unique one and "certification")
            Assert.Contains("docker save --output out/handover/image.tar \"ghcr.io/${GITHUB_REPOSITORY,,}\"\n", handover.Run, StringComparison.Ordinal);
            Assert.Contains("tar --create --file out/handover/registry.tar --exclude '.lock*' --directory models .", handover.Run, StringComparison.Ordinal);
            Assert.True(IndexOf(Candidate, s => s.Run == "./build.sh --target Candidate\n") < Candidate.Steps.ToList().IndexOf(handover));
            Assert.True(Candidate.Steps.ToList().IndexOf(handover) < IndexOf(Candidate, s => s.Name == "Checksums"));
        }

        [Fact]
        public void Should_Load_The_Checked_Image_And_Registry_And_Push_Them_With_The_Verified_Tool()
        {
            // Given
            var order = new[]
            {
                IndexOf(Certify, VerifiedTool.IsInstallStep),
                IndexOf(Certify, s => s.Name == "Shared model registry"),
                IndexOf(Certify, s => s.Run?.Contains("tar --extract --file \"$RUNNER_TEMP/candidate/handover/registry.tar\" --directory models", StringComparison.Ordinal) == true),
                IndexOf(Certify, s => s.Run?.Trim() == "docker load --input \"$RUNNER_TEMP/candidate/handover/image.tar\""),
                IndexOf(Certify, s => s.Run?.Trim() == "mlops image push \"ghcr.io/${GITHUB_REPOSITORY,,}:certification\""),
                IndexOf(Certify, s => s.Run?.Trim() == "mlops model sync push --config mlops.yaml --branch \"$MLOPS_REGISTRY_BRANCH\""),
            };

            // Then: the pull sets the push's base before the candidate's folder replaces the pulled one; the image push
            // records its digest in that folder before the registry push
            Assert.DoesNotContain(-1, order);
            Assert.Equal(order.Order(), order);
        }

        [Fact]
        public void Should_Push_The_Registry_Only_Onto_The_Commit_The_Candidate_Started_From()
        {
            // Given
            var pull = Step(Certify, "Shared model registry");

            // Then
            Assert.Equal("${{ steps.registry.outputs.commit }}", Candidate.Outputs["registry-commit"]);
            Assert.Equal("registry", Step(Candidate, "Shared model registry").Node.Text("id"));
            Assert.Equal("${{ needs.candidate.outputs.registry-commit }}", pull.Env["REGISTRY_COMMIT"]);
            Assert.Contains("if [ \"$pulled\" != \"$REGISTRY_COMMIT\" ]; then", pull.Run, StringComparison.Ordinal);
            // A fresh checkout's tracked models/README.md is the branch's own, so the pull takes the checkout as it is
            // (RegistryBranchTests: Should_Pull_Into_A_Clone_That_Never_Pulled_When_Its_Files_Are_The_Branchs_Own)
            Assert.StartsWith("pulled=$(mlops model sync pull", pull.Run, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Run_The_Pushes_In_The_Certification_Environment()
        {
            // Then
            Assert.Equal("certification", Certify.Environment);
            Assert.Null(Candidate.Environment);
        }

        [Fact]
        public void Should_Push_To_Ghcr_With_The_Jobs_Own_Token()
        {
            // Given
            var step = Step(Certify, "Push the release candidate");

            // Then
            Assert.Equal("${{ github.actor }}", step.Env["MLOPS_REGISTRY_USERNAME"]);
            Assert.Equal("${{ secrets.GITHUB_TOKEN }}", step.Env["MLOPS_REGISTRY_PASSWORD"]);
            Assert.DoesNotContain("GITHUB_TOKEN", step.Env.Keys);
        }

        [Fact]
        public void Should_Fetch_The_Whole_History_For_The_Version_Tags() =>
            Assert.Equal("0", Candidate.StepsUsing("actions/checkout").Single().With["fetch-depth"]);

        [Fact]
        public void Should_Queue_A_Newer_Merge_Rather_Than_Cancel_One_Between_The_Image_Push_And_The_Registry_Push()
        {
            // Then
            Assert.StartsWith("certification-", _workflow.Root.Child("concurrency").Text("group"), StringComparison.Ordinal);
            Assert.Equal("false", _workflow.Root.Child("concurrency").Text("cancel-in-progress"));
        }
    }
}
