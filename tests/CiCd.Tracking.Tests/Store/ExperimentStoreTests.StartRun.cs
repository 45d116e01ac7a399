using CiCd.Errors;
using CiCd.Tracking.Runs;
using CiCd.Tracking.Tests.Postgres;
using static CiCd.Tracking.Tests.Fixtures.NewRunBuilder;

namespace CiCd.Tracking.Tests.Store;

public static partial class ExperimentStoreTests
{
    public abstract class TheStartRunMethod(ITestBackend backend) : StoreContract(backend)
    {
        [BackendFact]
        public void Should_Store_A_Running_Run_With_Its_Provenance()
        {
            // Given
            var run = ARun().StartedMinutesAfterEpoch(5).Build();

            // When
            Store.StartRun(run);

            // Then
            var stored = Store.GetRun(run.RunId).Run;
            Assert.Equal(RunStatus.Running, stored.Status);
            Assert.Equal(run.StartedAt, stored.StartedAt);
            Assert.Null(stored.EndedAt);
            Assert.Equal(run.Provenance, stored.Provenance);
        }

        [BackendFact]
        public void Should_Create_The_Experiment_Of_A_New_Run()
        {
            // Given
            var run = ARun().Build();

            // When
            Store.StartRun(run);

            // Then
            Assert.Contains(run.Experiment, Store.ListExperiments());
        }

        [BackendFact]
        public void Should_Refuse_A_Run_Id_That_Already_Exists_And_Keep_The_First()
        {
            // Given
            var first = ARun().StartedMinutesAfterEpoch(1).Build();
            Store.StartRun(first);

            // When
            var error = Assert.Throws<InputException>(() => Store.StartRun(first with { StartedAt = first.StartedAt.AddDays(1) }));

            // Then
            Assert.Contains(first.RunId, error.Message);
            Assert.Equal(ExitCodes.InputError, error.ExitCode);
            Assert.Equal(first.StartedAt, Store.GetRun(first.RunId).Run.StartedAt);
        }

        [BackendFact]
        public void Should_Refuse_An_Empty_Run_Id()
        {
            // Given
            var run = ARun().WithId(" ").Build();

            // When
            var error = Assert.Throws<InputException>(() => Store.StartRun(run));

            // Then
            Assert.Contains("run id", error.Message);
        }
    }

    public sealed class TheStartRunMethodOnSqlite() : TheStartRunMethod(new SqliteTestBackend());

    [Collection(PostgresServerGroup.Name), RequiresPostgres]
    public sealed class TheStartRunMethodOnPostgres(PostgresFixture server)
        : TheStartRunMethod(new PostgresTestBackend(server, nameof(TheStartRunMethodOnPostgres)));
}
