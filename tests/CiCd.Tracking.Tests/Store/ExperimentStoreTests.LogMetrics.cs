using CiCd.Errors;
using CiCd.Tracking.Runs;
using CiCd.Tracking.Tests.Postgres;
using static CiCd.Tracking.Tests.Fixtures.NewRunBuilder;

namespace CiCd.Tracking.Tests.Store;

public static partial class ExperimentStoreTests
{
    public abstract class TheLogMetricsMethod(ITestBackend backend) : StoreContract(backend)
    {
        [BackendFact]
        public void Should_Keep_Every_Fold_As_A_Step_Beside_The_Summary()
        {
            // Given
            var run = ARun().Build();
            Store.StartRun(run);

            // When
            Store.LogMetrics(run.RunId, [new("auc", 0.81, 0), new("auc", 0.79, 1), new("auc", 0.83, 2), new("auc", 0.81)]);

            // Then
            var details = Store.GetRun(run.RunId);
            Assert.Equal(0.81, details.Metrics["auc"]);
            Assert.Equal([new MetricStep(0, 0.81), new MetricStep(1, 0.79), new MetricStep(2, 0.83)], details.MetricSteps["auc"]);
        }

        [BackendFact]
        public void Should_Keep_The_Last_Summary_Value_Of_A_Metric()
        {
            // Given
            var run = ARun().Build();
            Store.StartRun(run);
            Store.LogMetrics(run.RunId, [new("f1", 0.5)]);

            // When
            Store.LogMetrics(run.RunId, [new("f1", 0.625)]);

            // Then
            Assert.Equal(0.625, Store.GetRun(run.RunId).Metrics["f1"]);
        }

        [BackendFact]
        public void Should_Refuse_A_NaN_Metric_And_Store_None_Of_The_Batch()
        {
            // Given
            var run = ARun().Build();
            Store.StartRun(run);

            // When
            var error = Assert.Throws<InputException>(() =>
                Store.LogMetrics(run.RunId, [new("accuracy", 0.9), new("auc", double.NaN)]));

            // Then
            Assert.Contains("'auc' is NaN", error.Message);
            Assert.Empty(Store.GetRun(run.RunId).Metrics);
        }
    }

    public sealed class TheLogMetricsMethodOnSqlite() : TheLogMetricsMethod(new SqliteTestBackend());

    [Collection(PostgresServerGroup.Name), RequiresPostgres]
    public sealed class TheLogMetricsMethodOnPostgres(PostgresFixture server)
        : TheLogMetricsMethod(new PostgresTestBackend(server, nameof(TheLogMetricsMethodOnPostgres)));
}
