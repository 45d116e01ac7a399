using System.Globalization;
using System.Net;
using System.Text;
using CiCd.Cli.Tests.Fixtures;
using CiCd.Monitoring.Log;
using CiCd.Testing.Postgres;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CiCd.Cli.Tests.Commands;

public sealed partial class ServeCommandTests
{
    public sealed class TheReplicas(TrainedByCliFixture trained) : IClassFixture<TrainedByCliFixture>
    {
        [Fact]
        public async Task Should_Log_Every_Request_Of_Three_Replicas_Once_In_One_PostgreSQL_Log_With_Replica_And_Version()
        {
            // Given: one PostgreSQL database and three services logging to it by URI (no password: the server trusts local users)
            var server = SharedPostgres.Server;
            var database = new NpgsqlConnectionStringBuilder(server.CreateDatabase("replicas"));
            var uri = $"postgresql://{database.Username}@127.0.0.1:{server.Port}/{database.Database}";
            var replicas = new List<ServeProcess>();
            for (var i = 0; i < 3; i++)
            {
                replicas.Add(await ServeProcess.StartAsync(trained.Folder.Root, "--model", trained.Folder.PathOf("out"), "--prediction-log", uri, "--replica-id", $"replica-{i}"));
            }
            const int requests = 90;

            // When: requests round-robin over the replicas, then SIGTERM to each
            for (var i = 0; i < requests; i++)
            {
                using var answer = await replicas[i % 3].Client.PostAsync("/v1/predict", new StringContent(PredictionLoad.Record(i), Encoding.UTF8, "application/json"));
                Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            }
            var version = await replicas[0].Client.GetStringAsync("/v1/model");
            var exits = await Task.WhenAll(replicas.Select(r => r.TerminateAsync()));
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync();
            }

            // Then: exactly one row per request, a third from each replica, all naming the served model version
            Assert.All(exits, exit => Assert.Equal(0, exit));
            var rows = LoggedReplicaRows.Read(database.ConnectionString);
            Assert.Equal(requests, rows.Count);
            Assert.Equal(requests, rows.Select(r => r.RequestId).Distinct().Count());
            Assert.Equal(["replica-0", "replica-1", "replica-2"], rows.GroupBy(r => r.Replica).Select(g => g.Key).Order());
            Assert.All(rows.GroupBy(r => r.Replica), g => Assert.Equal(requests / 3, g.Count()));
            var versions = rows.Select(r => r.Version).Distinct().ToList();
            Assert.Single(versions);
            Assert.False(string.IsNullOrEmpty(versions[0]));
            Assert.Contains($"\"{versions[0]}\"", version, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_A_Password_In_The_Log_Uri_On_The_Command_Line_Without_Echoing_It()
        {
            // When
            var run = Mlops.Run("serve", "--model", trained.Folder.PathOf("out"), "--prediction-log", "postgresql://mlops:s3cret@127.0.0.1:5432/log");

            // Then
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("--prediction-log", run.Error, StringComparison.Ordinal);
            Assert.Contains("PGPASSWORD", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("s3cret", run.Output + run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_To_Start_On_A_Log_Of_A_Newer_Schema()
        {
            // Given
            var log = trained.Folder.PathOf($"newer-{Guid.NewGuid():N}.sqlite");
            PredictionLogDatabase.Migrate(PredictionLogLocation.Sqlite(log));
            using (var connection = new SqliteConnection($"Data Source={log};Pooling=False"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "UPDATE prediction_log_schema SET version = 99";
                command.ExecuteNonQuery();
            }

            // When
            var run = Mlops.Run("serve", "--model", trained.Folder.PathOf("out"), "--prediction-log", log, "--urls", $"http://127.0.0.1:{CiCd.Testing.FreePort.Next()}");

            // Then
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("schema version 99, newer than version ", run.Error, StringComparison.Ordinal);
        }
    }
}
