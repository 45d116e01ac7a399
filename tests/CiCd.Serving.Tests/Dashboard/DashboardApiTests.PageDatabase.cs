using CiCd.Monitoring.Log;
using CiCd.Serving.Tests.Fixtures;
using CiCd.Testing.Postgres;

namespace CiCd.Serving.Tests.Dashboard;

public sealed partial class DashboardApiTests
{
    public sealed class ThePageOfReplicasOnOnePostgresLog
    {
        [Fact]
        public async Task Should_Show_Every_Replica_The_Drift_Report_Saved_In_The_Log_Database()
        {
            // Given: two replicas logging to one PostgreSQL database, no reports folder, and a red report saved there
            var server = SharedPostgres.Server;
            var log = server.CreateDatabase("dashboard");
            var settings = new Dictionary<string, string?> { ["PredictionLog:Uri"] = log };
            await using var first = await ServiceHost.StartAsync(TrainedModel.Credit, settings);
            await using var second = await ServiceHost.StartAsync(TrainedModel.Credit, settings);
            StoredDriftReports.Save(PredictionLogLocation.Parse(log, "test", commandLine: false), DriftReports.Drifted(TrainedModel.Credit));

            // When
            var pages = new[] { await PageAsync(first), await PageAsync(second) };

            // Then
            Assert.All(pages, page =>
            {
                Assert.Contains("<section class=\"verdict red\" id=\"drift-verdict\"", page, StringComparison.Ordinal);
                Assert.Contains($"data-column=\"{DriftReports.ShiftedFeature}\"", page, StringComparison.Ordinal);
            });
        }

        [Fact]
        public async Task Should_Say_How_To_Save_A_Report_When_The_Log_Database_Holds_None()
        {
            // Given
            var server = SharedPostgres.Server;
            var log = server.CreateDatabase("empty");
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, new Dictionary<string, string?> { ["PredictionLog:Uri"] = log });

            // When
            var page = await PageAsync(host);

            // Then
            Assert.Contains("No drift report in the prediction log postgresql://postgres@127.0.0.1", page, StringComparison.Ordinal);
            Assert.Contains("Run: mlops drift --log postgresql://", page, StringComparison.Ordinal);
        }
    }
}
