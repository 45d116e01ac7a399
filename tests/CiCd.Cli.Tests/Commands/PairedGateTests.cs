using CiCd.Cli.Tests.Fixtures;
using CiCd.Errors;
using CiCd.Gate;
using CiCd.Testing;

namespace CiCd.Cli.Tests.Commands;

public sealed class PairedGateTests
{
    private static readonly string[] Gates = ["champion:", "  rules:", "    roc_auc: { min_absolute_change: -1 }"];

    // The champion is another model on the same split (same data, seed and test_fraction), so it held out the candidate's
    // test rows and its recorded test metrics are its metrics on them; `champion` changes its config further, and
    // `championData` is a file of its own (old.csv) that it learns instead.
    private static TempFolder TrainBoth(Func<ConfigBuilder, ConfigBuilder>? champion = null, CsvBuilder? championData = null)
    {
        var folder = new TempFolder();
        CsvBuilder.Tiny(160).WriteTo(folder);
        new ConfigBuilder().Gates(Gates).WriteTo(folder);
        var other = new ConfigBuilder().Gates(Gates).Candidates("- trainer: logistic_regression", "  space:", "    l2_regularization: [0.01]");
        if (championData is not null)
        {
            championData.WriteTo(folder, "old.csv");
            other.Dataset("path", "old.csv");
        }
        (champion ?? (c => c))(other).WriteTo(folder, "champion.yaml");
        Train(folder, "champion.yaml", "champion");
        Train(folder, "mlops.yaml", "candidate");
        return folder;
    }

    // The same for regression; the champion learned log(1 + y), so its scores must be mapped back before they are compared.
    private static TempFolder TrainBothRegression()
    {
        string[] gates = ["champion:", "  rules:", "    rmse: { min_relative_change: -10 }"];
        var folder = new TempFolder();
        CsvBuilder.TinyRegression(160).WriteTo(folder);
        new ConfigBuilder().Regression().Gates(gates).WriteTo(folder);
        new ConfigBuilder().Regression().Gates(gates).Training("target_transform", "log1p").WriteTo(folder, "champion.yaml");
        Train(folder, "champion.yaml", "champion");
        Train(folder, "mlops.yaml", "candidate");
        return folder;
    }

    private static void Train(TempFolder folder, string config, string output)
    {
        var run = Mlops.Run(["train", "--config", folder.PathOf(config), "--out", folder.PathOf(output), "--cache", folder.PathOf("cache-" + output), "--no-track", "--json"]);
        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
    }

    private static MlopsRun Gate(TempFolder folder) =>
        Mlops.Run(["gate", "--config", folder.PathOf("mlops.yaml"), "--candidate", folder.PathOf("candidate/model-card.json"),
            "--champion", folder.PathOf("champion/model-card.json"), "--out", folder.PathOf("gate"), "--json"]);

    public sealed class TheGateAction
    {
        [Fact]
        public void Should_Score_The_Champion_On_The_Candidates_Test_Rows()
        {
            // Given
            using var folder = TrainBoth();
            var testRows = JsonText.ReadFile(folder.PathOf("candidate/model-card.json")).GetProperty("data").GetProperty("test_rows").GetInt32();
            var recorded = JsonText.ReadFile(folder.PathOf("champion/model-card.json")).GetProperty("metrics").GetProperty("roc_auc").GetDouble();

            // When
            var run = Gate(folder);

            // Then
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            var verdict = JsonText.ReadFile(folder.PathOf("gate/" + GateFiles.Json));
            var comparison = verdict.GetProperty("comparison");
            Assert.True(comparison.GetProperty("paired").GetBoolean(), comparison.ToString());
            Assert.Equal(testRows, comparison.GetProperty("rows").GetInt32());
            var auc = comparison.GetProperty("differences").EnumerateArray().Single(d => d.GetProperty("metric").GetString() == "roc_auc");
            Assert.Equal("DeLong", auc.GetProperty("method").GetString());
            Assert.True(auc.GetProperty("lower").GetDouble() <= auc.GetProperty("difference").GetDouble());
            var check = verdict.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("metric").GetString() == "roc_auc");
            Assert.Equal(auc.GetProperty("champion").GetDouble(), check.GetProperty("champion").GetDouble(), 12);
            // Re-scored on the rows it held out itself, the champion scores what its card recorded.
            Assert.Equal(recorded, check.GetProperty("champion").GetDouble(), 9);
            Assert.Contains("same rows", File.ReadAllText(folder.PathOf("gate/" + GateFiles.Markdown)), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Score_A_Regression_Champion_On_The_Candidates_Test_Rows()
        {
            // Given: a regression champion (exit 70 before: its scores were read as class probabilities)
            using var folder = TrainBothRegression();
            var recorded = JsonText.ReadFile(folder.PathOf("champion/model-card.json")).GetProperty("metrics").GetProperty("rmse").GetDouble();

            // When
            var run = Gate(folder);

            // Then
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            var verdict = JsonText.ReadFile(folder.PathOf("gate/" + GateFiles.Json));
            var comparison = verdict.GetProperty("comparison");
            Assert.True(comparison.GetProperty("paired").GetBoolean(), comparison.ToString());
            var rmse = comparison.GetProperty("differences").EnumerateArray().Single(d => d.GetProperty("metric").GetString() == "rmse");
            Assert.StartsWith("paired bootstrap", rmse.GetProperty("method").GetString(), StringComparison.Ordinal);
            Assert.InRange(rmse.GetProperty("difference").GetDouble(), rmse.GetProperty("lower").GetDouble(), rmse.GetProperty("upper").GetDouble());
            // In the target's own scale, on the rows it held out itself: what its card recorded.
            Assert.Equal(recorded, rmse.GetProperty("champion").GetDouble(), 6);
        }

        [Fact]
        public void Should_Not_Judge_A_Champion_On_Rows_It_Trained_On()
        {
            // Given: a champion trained at another seed learned some of the candidate's test rows (paired before, flattering it)
            using var folder = TrainBoth(c => c.Training("seed", "5"));
            var recorded = JsonText.ReadFile(folder.PathOf("champion/model-card.json")).GetProperty("metrics").GetProperty("roc_auc").GetDouble();

            // When
            Gate(folder);

            // Then
            var verdict = JsonText.ReadFile(folder.PathOf("gate/" + GateFiles.Json));
            var comparison = verdict.GetProperty("comparison");
            Assert.False(comparison.GetProperty("paired").GetBoolean(), comparison.ToString());
            Assert.Matches("the champion trained on [0-9]+ of the candidate's 40 test rows", comparison.GetProperty("basis").GetString());
            var check = verdict.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("metric").GetString() == "roc_auc");
            Assert.Equal(recorded, check.GetProperty("champion").GetDouble(), 12);
        }

        [Fact]
        public void Should_Not_Judge_A_Champion_Trained_On_Another_Data_File()
        {
            // Given: the champion learned an older file, whose rows the candidate's test rows may be
            using var folder = TrainBoth(championData: CsvBuilder.Tiny(120, seed: 9));

            // When
            Gate(folder);

            // Then
            var basis = JsonText.ReadFile(folder.PathOf("gate/" + GateFiles.Json)).GetProperty("comparison").GetProperty("basis").GetString();
            Assert.Contains("the champion was trained on other data", basis, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Say_The_Comparison_Is_Across_Different_Data_When_The_Champion_Cannot_Be_Scored()
        {
            // Given: the champion's model file is gone
            using var folder = TrainBoth();
            File.Delete(folder.PathOf("champion/model.zip"));
            var recorded = JsonText.ReadFile(folder.PathOf("champion/model-card.json")).GetProperty("metrics").GetProperty("roc_auc").GetDouble();

            // When
            Gate(folder);

            // Then
            var verdict = JsonText.ReadFile(folder.PathOf("gate/" + GateFiles.Json));
            var comparison = verdict.GetProperty("comparison");
            Assert.False(comparison.GetProperty("paired").GetBoolean());
            Assert.Contains("across different data", comparison.GetProperty("basis").GetString(), StringComparison.Ordinal);
            Assert.Contains("model.zip", comparison.GetProperty("basis").GetString(), StringComparison.Ordinal);
            var check = verdict.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("metric").GetString() == "roc_auc");
            Assert.Equal(recorded, check.GetProperty("champion").GetDouble(), 12);
            Assert.Contains("⚠️ Champion compared across different data", File.ReadAllText(folder.PathOf("gate/" + GateFiles.Markdown)), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Say_Why_Not_When_The_Data_File_Changed_Since_Training()
        {
            // Given
            using var folder = TrainBoth();
            CsvBuilder.Tiny(160, seed: 9).WriteTo(folder);

            // When
            Gate(folder);

            // Then
            var basis = JsonText.ReadFile(folder.PathOf("gate/" + GateFiles.Json)).GetProperty("comparison").GetProperty("basis").GetString();
            Assert.Contains("has changed since the candidate was trained", basis, StringComparison.Ordinal);
        }
    }
}
