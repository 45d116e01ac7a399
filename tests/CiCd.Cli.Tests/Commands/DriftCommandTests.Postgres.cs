using System.Text.Json;
using System.Text.RegularExpressions;
using CiCd.Cli.Tests.Fixtures;
using CiCd.Testing.Postgres;
using Npgsql;

namespace CiCd.Cli.Tests.Commands;

public sealed partial class DriftCommandTests
{
    [Collection(SharedTrainedModel.Name)]
    public sealed class TheLogOptionOnPostgres(TrainedModel model, PostgresFixture postgres) : WithTheTrainedModel(model), IClassFixture<PostgresFixture>
    {
        [Fact]
        public void Should_Judge_The_Windows_Of_A_PostgreSQL_Log_As_Those_Of_The_Same_Rows_In_A_SQLite_File()
        {
            // Given: three days, the ages shifted from the second, in a SQLite file and in PostgreSQL
            var builder = new PredictionLogBuilder(Model).Days(3, 200).ShiftInputsFrom(1, (row, _) => row["age"] = (double)row["age"]! + 25);
            var file = Log(builder);
            var (connectionString, uri) = Database("windows");
            builder.WritePostgres(connectionString, uri);
            string[] range = ["--window", "1d", "--since", "2026-11-01T12:00:00Z", "--until", "2026-11-03T12:00:00Z"];

            // When
            var fromFile = Drift(["--log", file, .. range]);
            var fileReport = Report();
            var fromPostgres = Drift(["--log", uri, .. range]);
            var postgresReport = Report();

            // Then: the same rows, windows and verdicts; the report names the database without a password and is saved there
            Assert.True(fromFile.ExitCode is 0 or 1, fromFile.ToString());
            Assert.True(fromPostgres.ExitCode == fromFile.ExitCode, fromPostgres.ToString());
            Assert.Equal(fileReport.GetProperty("current_rows").GetInt32(), postgresReport.GetProperty("current_rows").GetInt32());
            Assert.Equal(400, postgresReport.GetProperty("current_rows").GetInt32());
            Assert.Equal(Windows(fileReport), Windows(postgresReport));
            Assert.StartsWith("postgresql://", postgresReport.GetProperty("current").GetString(), StringComparison.Ordinal);
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            using var saved = new NpgsqlCommand("SELECT count(*) FROM drift_reports", connection);
            Assert.Equal(1L, saved.ExecuteScalar());
        }

        [Fact]
        public void Should_Turn_Red_When_The_Labels_Stored_In_The_Log_Fall_Below_Monitor_Performance()
        {
            // Given: two days of held-out rows in PostgreSQL, their true classes imported as labels, and a production bar
            // (monitor.performance) the model cannot reach while it passes the training gates
            var builder = new PredictionLogBuilder(Model).HeldOutRowsOnly().Days(2, 200);
            var (connectionString, uri) = Database("labels");
            builder.WritePostgres(connectionString, uri);
            var config = Path.Combine(Folder, "mlops.yaml");
            File.WriteAllText(config, Regex.Replace(File.ReadAllText(Model.Config), "^monitor:\n", "monitor:\n  performance:\n    roc_auc: { min: 0.99 }\n", RegexOptions.Multiline));
            var import = Mlops.Run("labels", "import", builder.WriteLabels(Path.Combine(Folder, "labels.csv")), "--log", uri, "--config", config);

            // When
            var run = Mlops.Run("drift", "--config", config, "--reference", Model.TrainFolder, "--out", OutFolder, "--log", uri, "--window", "1d");

            // Then: every window scored on its 200 labels, held to the production bar, and red
            Assert.True(import.ExitCode == 0, import.ToString());
            Assert.True(run.ExitCode == 1, run.ToString());
            var report = Report();
            Assert.Equal("red", report.GetProperty("alert").GetProperty("level").GetString());
            Assert.All(report.GetProperty("windows").EnumerateArray(), w =>
            {
                var performance = w.GetProperty("performance");
                Assert.Equal(200, performance.GetProperty("labelled_rows").GetInt32());
                var check = Assert.Single(performance.GetProperty("checks").EnumerateArray());
                Assert.Equal("roc_auc", check.GetProperty("metric").GetString());
                Assert.Equal(0.99, check.GetProperty("min").GetDouble());
                Assert.False(check.GetProperty("passed").GetBoolean());
            });
        }

        private static List<string> Windows(JsonElement report) =>
            [.. report.GetProperty("windows").EnumerateArray().Select(w =>
                $"{w.GetProperty("start").GetString()} {w.GetProperty("rows").GetInt32()} {w.GetProperty("level").GetString()}")];

        // The URI names no password: a server CI provides with one gets it through PGPASSWORD, as a user would.
        private (string ConnectionString, string Uri) Database(string name) => Database(postgres, name);

        internal static (string ConnectionString, string Uri) Database(PostgresFixture postgres, string name)
        {
            var settings = new NpgsqlConnectionStringBuilder(postgres.FreshDatabase(name));
            if (!string.IsNullOrEmpty(settings.Password))
            {
                Environment.SetEnvironmentVariable("PGPASSWORD", settings.Password);
            }
            return (settings.ConnectionString, $"postgresql://{settings.Username}@{settings.Host}:{settings.Port}/{settings.Database}");
        }
    }
}
