using CiCd.Errors;
using CiCd.Tracking.Queries;
using CiCd.Tracking.Tests.Postgres;
using static CiCd.Tracking.Tests.Fixtures.NewRunBuilder;

namespace CiCd.Tracking.Tests.Store;

public static partial class ExperimentStoreTests
{
    public abstract class TheListRunsMethod(ITestBackend backend) : StoreContract(backend)
    {
        private readonly string _experiment = $"exp-{Guid.NewGuid():N}";

        [BackendFact]
        public void Should_List_Only_The_Runs_Of_The_Experiment_Newest_First()
        {
            // Given
            var older = Start("older", minute: 1, auc: 0.7);
            var newer = Start("newer", minute: 2, auc: 0.8);
            Store.StartRun(ARun().Build());

            // When
            var runs = Store.ListRuns(new RunQuery { Experiment = _experiment });

            // Then
            Assert.Equal([newer, older], runs.Select(r => r.Run.RunId));
            Assert.Equal(0.8, runs[0].Metrics["auc"]);
        }

        [BackendFact]
        public void Should_Filter_By_Tag_Value()
        {
            // Given
            var tagged = Start("tagged", minute: 1, auc: 0.7);
            Start("other", minute: 2, auc: 0.7);
            Store.SetTags(tagged, new Dictionary<string, string> { ["candidate"] = "lightgbm" });

            // When
            var runs = Store.ListRuns(new RunQuery { Experiment = _experiment, Tags = [TagFilter.Parse("candidate=lightgbm")] });

            // Then
            Assert.Equal([tagged], runs.Select(r => r.Run.RunId));
        }

        [BackendFact]
        public void Should_Filter_By_Metric_Conditions_And_Exclude_Runs_Without_The_Metric()
        {
            // Given
            Start("low", minute: 1, auc: 0.6);
            var edge = Start("edge", minute: 2, auc: 0.8);
            var high = Start("high", minute: 3, auc: 0.9);
            Store.StartRun(ARun().InExperiment(_experiment).WithId($"none-{_experiment}").Build());

            // When
            var runs = Store.ListRuns(new RunQuery { Experiment = _experiment, Metrics = [MetricCondition.Parse("auc>=0.8"), MetricCondition.Parse("auc != 0.9")] });

            // Then
            Assert.Equal([edge], runs.Select(r => r.Run.RunId));
            Assert.DoesNotContain(high, runs.Select(r => r.Run.RunId));
        }

        [BackendFact]
        public void Should_Return_At_Most_The_Limit()
        {
            // Given
            Start("a", minute: 1, auc: 0.1);
            Start("b", minute: 2, auc: 0.2);
            var newest = Start("c", minute: 3, auc: 0.3);

            // When
            var runs = Store.ListRuns(new RunQuery { Experiment = _experiment, Limit = 1 });

            // Then
            Assert.Equal([newest], runs.Select(r => r.Run.RunId));
        }

        [BackendFact]
        public void Should_Return_Nothing_For_An_Unknown_Experiment()
        {
            // Given
            Start("a", minute: 1, auc: 0.1);

            // When
            var runs = Store.ListRuns(new RunQuery { Experiment = $"unknown-{Guid.NewGuid():N}" });

            // Then
            Assert.Empty(runs);
        }

        [BackendFact]
        public void Should_Refuse_A_Limit_That_Is_Not_Positive()
        {
            // Given
            var query = new RunQuery { Experiment = _experiment, Limit = 0 };

            // When
            var error = Assert.Throws<InputException>(() => Store.ListRuns(query));

            // Then
            Assert.Contains("limit must be positive", error.Message);
        }

        private string Start(string name, int minute, double auc)
        {
            var run = ARun().InExperiment(_experiment).WithId($"{name}-{_experiment}").StartedMinutesAfterEpoch(minute).Build();
            Store.StartRun(run);
            Store.LogMetrics(run.RunId, [new("auc", auc)]);
            return run.RunId;
        }
    }

    public sealed class TheListRunsMethodOnSqlite() : TheListRunsMethod(new SqliteTestBackend());

    [Collection(PostgresServerGroup.Name), RequiresPostgres]
    public sealed class TheListRunsMethodOnPostgres(PostgresFixture server)
        : TheListRunsMethod(new PostgresTestBackend(server, nameof(TheListRunsMethodOnPostgres)));
}
