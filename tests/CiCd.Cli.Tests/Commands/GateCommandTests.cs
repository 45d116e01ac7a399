using System.Text.Json;
using CiCd.Cli.Tests.Fixtures;
using CiCd.Errors;
using CiCd.Gate;
using CiCd.Testing;

namespace CiCd.Cli.Tests.Commands;

public sealed class GateCommandTests
{
    private static readonly string[] Gates =
    [
        "thresholds:",
        "  roc_auc: { min: 0.75 }",
        "  expected_cost: { max: 0.65 }",
        "champion:",
        "  rules:",
        "    roc_auc: { min_absolute_change: -0.01 }",
    ];

    private static MlopsRun Gate(TempFolder folder, params string[] extra) =>
        Mlops.Run(["gate", "--config", folder.PathOf("mlops.yaml"), "--candidate", folder.PathOf("candidate.json"), "--out", folder.PathOf("gate"), .. extra]);

    private static JsonElement Verdict(TempFolder folder) => JsonText.ReadFile(folder.PathOf("gate/" + GateFiles.Json));

    private static TempFolder Setup(ModelCardBuilder candidate, params string[] gates)
    {
        var folder = new TempFolder();
        new ConfigBuilder().Gates(gates.Length > 0 ? gates : Gates).WriteTo(folder);
        candidate.WriteTo(folder, "candidate.json");
        return folder;
    }

    public sealed class TheGateAction
    {
        [Fact]
        public void Should_Exit_0_And_Write_Blessed_When_Every_Check_Passes()
        {
            // Given
            using var folder = Setup(new ModelCardBuilder().RunId("run-7"));

            // When
            var run = Gate(folder);

            // Then
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            Assert.Equal("run-7\n", File.ReadAllText(folder.PathOf("gate/" + GateFiles.Blessing)));
        }

        [Fact]
        public void Should_Write_The_Verdict_As_Json_And_Markdown()
        {
            // Given
            using var folder = Setup(new ModelCardBuilder());

            // When
            Gate(folder);

            // Then
            Assert.Equal([GateFiles.Blessing, GateFiles.Json, GateFiles.Markdown], folder.FilesIn("gate"));
            Assert.Contains("## Gate: ✅ passed", File.ReadAllText(folder.PathOf("gate/" + GateFiles.Markdown)), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_1_And_Remove_Blessed_When_A_Threshold_Fails()
        {
            // Given
            using var folder = Setup(new ModelCardBuilder().Metric("roc_auc", 0.7));
            folder.Write("gate/" + GateFiles.Blessing, "an earlier run\n");

            // When
            var run = Gate(folder);

            // Then
            Assert.Equal(ExitCodes.CheckFailed, run.ExitCode);
            Assert.False(File.Exists(folder.PathOf("gate/" + GateFiles.Blessing)));
            Assert.Contains("FAILED", run.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Show_Every_Failure_In_The_Json_Verdict()
        {
            // Given
            using var folder = Setup(new ModelCardBuilder().Metric("roc_auc", 0.7).Metric("expected_cost", 0.9));

            // When
            Gate(folder);

            // Then
            var verdict = Verdict(folder);
            Assert.False(verdict.GetProperty("passed").GetBoolean());
            Assert.Equal(2, verdict.GetProperty("failures").GetArrayLength());
        }

        [Fact]
        public void Should_Print_Valid_Json_However_Long_The_Values()
        {
            // Given
            using var folder = Setup(new ModelCardBuilder().Metric("roc_auc", 0.7).Metric("expected_cost", 0.9));

            // When
            var run = Gate(folder, "--json");

            // Then
            Assert.False(run.Json().GetProperty("passed").GetBoolean());
        }

        [Fact]
        public void Should_Fail_When_The_Candidate_Lacks_A_Gated_Metric()
        {
            // Given
            using var folder = Setup(new ModelCardBuilder().Metric("expected_cost", null));

            // When
            var run = Gate(folder);

            // Then
            Assert.Equal(ExitCodes.CheckFailed, run.ExitCode);
        }

        [Fact]
        public void Should_Pass_And_Report_No_Champion_When_There_Is_None()
        {
            // Given
            using var folder = Setup(new ModelCardBuilder());

            // When
            var run = Gate(folder);

            // Then
            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            var champion = Verdict(folder).GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("rule").GetString()!.StartsWith("min_absolute_change", StringComparison.Ordinal));
            Assert.Equal("no_champion", champion.GetProperty("outcome").GetString());
            Assert.Contains("champion none", File.ReadAllText(folder.PathOf("gate/" + GateFiles.Markdown)), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_1_When_The_Candidate_Drops_Too_Far_Below_The_Champion_Given_On_The_Command_Line()
        {
            // Given
            using var folder = Setup(new ModelCardBuilder().Metric("roc_auc", 0.8));
            var champion = new ModelCardBuilder().RunId("champion-run").Metric("roc_auc", 0.85).WriteTo(folder, "champion.json");

            // When
            var run = Gate(folder, "--champion", champion);

            // Then
            Assert.Equal(ExitCodes.CheckFailed, run.ExitCode);
            Assert.Equal("champion-run", Verdict(folder).GetProperty("champion_run_id").GetString());
        }

        [Fact]
        public void Should_Exit_0_When_The_Candidate_Holds_Up_Against_The_Champion()
        {
            // Given
            using var folder = Setup(new ModelCardBuilder().Metric("roc_auc", 0.8));
            var champion = new ModelCardBuilder().RunId("champion-run").Metric("roc_auc", 0.805).WriteTo(folder, "champion.json");

            // When
            var run = Gate(folder, "--champion", champion);

            // Then
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        }

        [Fact]
        public void Should_Read_The_Champion_Card_Named_In_The_Config()
        {
            // Given
            using var folder = Setup(new ModelCardBuilder().Metric("roc_auc", 0.8), [.. Gates, "  card: champion.json"]);
            new ModelCardBuilder().RunId("configured-champion").Metric("roc_auc", 0.9).WriteTo(folder, "champion.json");

            // When
            var run = Gate(folder);

            // Then
            Assert.Equal(ExitCodes.CheckFailed, run.ExitCode);
            Assert.Equal("configured-champion", Verdict(folder).GetProperty("champion_run_id").GetString());
        }

        [Fact]
        public void Should_Exit_2_When_The_Candidate_Card_Is_Missing()
        {
            // Given
            using var folder = new TempFolder();
            new ConfigBuilder().Gates(Gates).WriteTo(folder);

            // When
            var run = Gate(folder);

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains(folder.PathOf("candidate.json"), run.Error, StringComparison.Ordinal);
            Assert.Empty(folder.FilesIn("gate"));
        }

        [Fact]
        public void Should_Exit_2_Naming_File_And_Line_When_The_Card_Is_Not_Valid_Json()
        {
            // Given
            using var folder = new TempFolder();
            new ConfigBuilder().Gates(Gates).WriteTo(folder);
            var card = folder.Write("candidate.json", "{\n  \"run_id\": \"x\",\n  \"metrics\": [\n");

            // When
            var run = Gate(folder);

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(card)}:\d+", run.Error);
        }

        [Fact]
        public void Should_Exit_2_When_The_Candidate_Is_Not_A_Model_Card()
        {
            // Given
            using var folder = new TempFolder();
            new ConfigBuilder().Gates(Gates).WriteTo(folder);
            var card = folder.Write("candidate.json", "{ \"run_id\": \"x\", \"cached\": true }\n");

            // When
            var run = Gate(folder);

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains(card, run.Error, StringComparison.Ordinal);
            Assert.Empty(folder.FilesIn("gate"));
        }

        [Fact]
        public void Should_Exit_2_When_The_Gates_Name_An_Unknown_Metric()
        {
            // Given
            using var folder = Setup(new ModelCardBuilder(), "thresholds:", "  gini: { min: 0.5 }");

            // When
            var run = Gate(folder);

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains("'gini' is not a binary metric", run.Error, StringComparison.Ordinal);
            Assert.Empty(folder.FilesIn("gate"));
        }
    }

    public sealed class TheGateActionAfterTraining(TrainedByCliFixture trained) : IClassFixture<TrainedByCliFixture>
    {
        private MlopsRun GateTrained(string name, params string[] gates)
        {
            var config = new ConfigBuilder().Gates(gates).WriteTo(trained.Folder, name + ".yaml");
            return Mlops.Run("gate", "--config", config, "--candidate", trained.Folder.PathOf("out/model-card.json"), "--out", trained.Folder.PathOf(name));
        }

        [Fact]
        public void Should_Bless_The_Trained_Run_When_It_Meets_The_Thresholds()
        {
            // Given
            var runId = trained.First.Json().GetProperty("run_id").GetString();

            // When
            var run = GateTrained("gate-pass", "thresholds:", "  roc_auc: { min: 0 }", "  expected_cost: { max: 1 }");

            // Then
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            Assert.Equal(runId + "\n", File.ReadAllText(trained.Folder.PathOf("gate-pass/" + GateFiles.Blessing)));
        }

        [Fact]
        public void Should_Refuse_The_Trained_Run_When_A_Threshold_Fails()
        {
            // Given
            const string name = "gate-fail";

            // When
            var run = GateTrained(name, "thresholds:", "  log_loss: { max: 0 }");

            // Then
            Assert.Equal(ExitCodes.CheckFailed, run.ExitCode);
            Assert.Equal([GateFiles.Json, GateFiles.Markdown], trained.Folder.FilesIn(name));
        }
    }
}
