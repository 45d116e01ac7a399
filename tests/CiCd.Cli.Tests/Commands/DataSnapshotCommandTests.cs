using System.Text.Json;
using CiCd.Cli.Tests.Fixtures;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Errors;
using CiCd.Monitoring.Log;
using CiCd.Testing;
using CiCd.Testing.Postgres;
using CiCd.Validate;
using Npgsql;

namespace CiCd.Cli.Tests.Commands;

public sealed class DataSnapshotCommandTests
{
    private static readonly string Config = RepositoryRoot.PathOf("mlops.yaml");
    private static readonly string Base = RepositoryRoot.PathOf("data/raw/german_credit.csv");

    private static MlopsRun Snapshot(TempFolder folder, string log, params string[] extra) =>
        Mlops.Run(["data", "snapshot", "--config", Config, "--base", Base, "--log", log, "--out", folder.PathOf("next.csv"), .. extra]);

    private static JsonElement Provenance(TempFolder folder) => JsonText.ReadFile(folder.PathOf("next.csv.provenance.json"));

    public sealed class TheSnapshotAction
    {
        [Fact]
        public void Should_Append_Each_Labelled_Production_Row_With_Its_Label_After_The_Base_Rows()
        {
            // Given: three labelled predictions and one still waiting for its label
            using var folder = new TempFolder();
            var log = new LabelledLogBuilder()
                .Prediction("r1", "2026-11-01T10:00:00Z", 0, "bad")
                .Prediction("r2", "2026-11-01T11:00:00Z", 1, "good", version: "4")
                .Prediction("r3", "2026-11-02T09:00:00Z", 2, "bad", version: "4")
                .Prediction("r4", "2026-11-02T10:00:00Z", 3, null)
                .WriteTo(folder.PathOf("log.sqlite"));

            // When
            var run = Snapshot(folder, log, "--labels-only", "--since", "2026-11-01");

            // Then
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            var table = CsvReader.Read(folder.PathOf("next.csv"));
            Assert.Equal(1003, table.Rows.Count);
            Assert.Equal(["bad", "good", "bad"], table.Rows.Skip(1000).Select(r => r.Values[table.IndexOf("class")]));
            Assert.Equal("1170", table.Rows[1000].Values[table.IndexOf("credit_amount")]);
            var production = Provenance(folder).GetProperty("production");
            Assert.Equal(4, production.GetProperty("predictions").GetInt32());
            Assert.Equal(3, production.GetProperty("labelled").GetInt32());
            Assert.Equal(3, production.GetProperty("added").GetInt32());
            Assert.Equal("{\"3\":1,\"4\":2}", production.GetProperty("added_per_model_version").GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
            Assert.Equal(2, production.GetProperty("added_per_day").GetProperty("2026-11-01").GetInt32());
        }

        [Fact]
        public void Should_Read_The_Predictions_And_Labels_Of_A_PostgreSQL_Log_By_Uri()
        {
            // Given: the log every replica writes, on PostgreSQL (no password: the test server trusts local users)
            using var folder = new TempFolder();
            var server = SharedPostgres.Server;
            var database = new NpgsqlConnectionStringBuilder(server.CreateDatabase("snapshot"));
            var uri = $"postgresql://{database.Username}@127.0.0.1:{server.Port}/{database.Database}";
            new LabelledLogBuilder()
                .Prediction("r1", "2026-11-01T10:00:00Z", 0, "bad")
                .Prediction("r2", "2026-11-01T11:00:00Z", 1, "good", version: "4")
                .Prediction("r3", "2026-11-02T10:00:00Z", 3, null)
                .WriteTo(PredictionLogLocation.Parse(uri, "test", commandLine: false));

            // When
            var run = Snapshot(folder, uri, "--labels-only", "--since", "2026-11-01");

            // Then: the labelled rows, and a provenance naming the log by its URI
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            var table = CsvReader.Read(folder.PathOf("next.csv"));
            Assert.Equal(["bad", "good"], table.Rows.Skip(1000).Select(r => r.Values[table.IndexOf("class")]));
            var production = Provenance(folder).GetProperty("production");
            Assert.Equal(3, production.GetProperty("predictions").GetInt32());
            Assert.Equal(2, production.GetProperty("labelled").GetInt32());
            Assert.Contains($"127.0.0.1:{server.Port}/snapshot", production.GetProperty("log").GetString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Drop_A_Production_Row_Equal_To_A_Base_Row_Or_To_An_Earlier_One()
        {
            // Given: r1 is base row 0 as it is (same label), r2 and r3 are the same new row
            using var folder = new TempFolder();
            var builder = new LabelledLogBuilder();
            var log = builder
                .Prediction("r1", "2026-11-01T10:00:00Z", 0, builder.ClassOf(0), shift: 0)
                .Prediction("r2", "2026-11-01T11:00:00Z", 5, "bad")
                .Prediction("r3", "2026-11-01T12:00:00Z", 5, "bad")
                .WriteTo(folder.PathOf("log.sqlite"));

            // When
            var run = Snapshot(folder, log, "--labels-only", "--since", "2026-11-01");

            // Then
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            Assert.Equal(1001, CsvReader.Read(folder.PathOf("next.csv")).Rows.Count);
            Assert.Equal(2, Provenance(folder).GetProperty("production").GetProperty("duplicates").GetInt32());
        }

        [Fact]
        public void Should_Take_Only_Predictions_From_Since_Until_Before_Until()
        {
            // Given
            using var folder = new TempFolder();
            var log = new LabelledLogBuilder()
                .Prediction("early", "2026-10-31T23:59:59Z", 0, "bad")
                .Prediction("in", "2026-11-01T00:00:00Z", 1, "bad")
                .Prediction("late", "2026-11-02T00:00:00Z", 2, "bad")
                .WriteTo(folder.PathOf("log.sqlite"));

            // When
            var run = Snapshot(folder, log, "--labels-only", "--since", "2026-11-01", "--until", "2026-11-02");

            // Then
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            var production = Provenance(folder).GetProperty("production");
            Assert.Equal(1, production.GetProperty("added").GetInt32());
            Assert.Equal("2026-11-02T00:00:00+00:00", production.GetProperty("until").GetString());
        }

        [Fact]
        public void Should_Record_The_Fingerprint_That_Validation_Computes_For_The_Written_File()
        {
            // Given
            using var folder = new TempFolder();
            var log = new LabelledLogBuilder().Prediction("r1", "2026-11-01T10:00:00Z", 0, "bad").WriteTo(folder.PathOf("log.sqlite"));

            // When
            var run = Snapshot(folder, log, "--labels-only", "--since", "2026-11-01");

            // Then: the same fingerprint as `mlops data validate --data next.csv`, and another than the base's
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            var provenance = Provenance(folder);
            var validated = DataValidator.Validate(ConfigLoader.Load(Config), folder.PathOf("next.csv")).Fingerprint;
            Assert.Equal(validated, provenance.GetProperty("fingerprint").GetString());
            Assert.NotEqual(validated, provenance.GetProperty("base").GetProperty("fingerprint").GetString());
        }

        [Fact]
        public void Should_Write_Nothing_And_Exit_1_When_The_Snapshot_Fails_Validation()
        {
            // Given: a delayed label that is not one of the config's classes
            using var folder = new TempFolder();
            var log = new LabelledLogBuilder().Prediction("r1", "2026-11-01T10:00:00Z", 0, "maybe").WriteTo(folder.PathOf("log.sqlite"));

            // When
            var run = Snapshot(folder, log, "--labels-only", "--since", "2026-11-01");

            // Then
            Assert.Equal(ExitCodes.CheckFailed, run.ExitCode);
            Assert.Contains("not written", run.Output, StringComparison.Ordinal);
            Assert.False(File.Exists(folder.PathOf("next.csv")));
            Assert.False(File.Exists(folder.PathOf("next.csv.provenance.json")));
        }

        [Fact]
        public void Should_Refuse_To_Run_Without_Labels_Only()
        {
            // Given
            using var folder = new TempFolder();
            var log = new LabelledLogBuilder().Prediction("r1", "2026-11-01T10:00:00Z", 0, "bad").WriteTo(folder.PathOf("log.sqlite"));

            // When
            var run = Snapshot(folder, log, "--since", "2026-11-01");

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains("--labels-only is required", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Name_The_Request_Whose_Logged_Inputs_Lack_A_Column()
        {
            // Given
            using var folder = new TempFolder();
            var log = new LabelledLogBuilder().Prediction("r-42", "2026-11-01T10:00:00Z", 0, "bad")
                .WriteTo(folder.PathOf("log.sqlite"), inputs => inputs.Remove("age"));

            // When
            var run = Snapshot(folder, log, "--labels-only", "--since", "2026-11-01");

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains("request r-42: the logged inputs have no 'age'", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_An_Until_Not_After_Since()
        {
            // Given
            using var folder = new TempFolder();
            var log = new LabelledLogBuilder().Prediction("r1", "2026-11-01T10:00:00Z", 0, "bad").WriteTo(folder.PathOf("log.sqlite"));

            // When
            var run = Snapshot(folder, log, "--labels-only", "--since", "2026-11-02", "--until", "2026-11-01");

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains("must be after --since", run.Error, StringComparison.Ordinal);
        }
    }
}
