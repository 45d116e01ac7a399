using CiCd.Errors;
using CiCd.Tracking.Runs;
using CiCd.Tracking.Tests.Postgres;
using static CiCd.Tracking.Tests.Fixtures.NewRunBuilder;

namespace CiCd.Tracking.Tests.Store;

public static partial class ExperimentStoreTests
{
    public abstract class TheFinishRunMethod(ITestBackend backend) : StoreContract(backend)
    {
        private static readonly DateTimeOffset End = new(2026, 2, 3, 4, 5, 6, 789, TimeSpan.Zero);

        [BackendFact]
        public void Should_Record_A_Finished_Run_With_Its_End_Time()
        {
            // Given
            var run = ARun().Build();
            Store.StartRun(run);

            // When
            Store.FinishRun(run.RunId, RunStatus.Finished, End);

            // Then
            var stored = Store.GetRun(run.RunId).Run;
            Assert.Equal((RunStatus.Finished, End, (string?)null), (stored.Status, stored.EndedAt, stored.ErrorMessage));
        }

        [BackendFact]
        public void Should_Record_A_Failed_Run_With_Its_Error_Message()
        {
            // Given
            var run = ARun().Build();
            Store.StartRun(run);

            // When
            Store.FinishRun(run.RunId, RunStatus.Failed, End, "data/raw/credit.csv:12: column 'age' is empty");

            // Then
            var stored = Store.GetRun(run.RunId).Run;
            Assert.Equal(RunStatus.Failed, stored.Status);
            Assert.Equal("data/raw/credit.csv:12: column 'age' is empty", stored.ErrorMessage);
        }

        [BackendFact]
        public void Should_Refuse_Finishing_A_Run_Twice_And_Keep_The_First_End()
        {
            // Given
            var run = ARun().Build();
            Store.StartRun(run);
            Store.FinishRun(run.RunId, RunStatus.Finished, End);

            // When
            var error = Assert.Throws<InputException>(() => Store.FinishRun(run.RunId, RunStatus.Failed, End.AddHours(1), "late"));

            // Then
            Assert.Contains("already ended with status finished", error.Message);
            Assert.Equal((RunStatus.Finished, End), (Store.GetRun(run.RunId).Run.Status, Store.GetRun(run.RunId).Run.EndedAt!.Value));
        }

        [BackendFact]
        public void Should_Refuse_Running_As_An_End_Status()
        {
            // Given
            var run = ARun().Build();
            Store.StartRun(run);

            // When
            var error = Assert.Throws<InputException>(() => Store.FinishRun(run.RunId, RunStatus.Running, End));

            // Then
            Assert.Contains("not running", error.Message);
        }
    }

    public sealed class TheFinishRunMethodOnSqlite() : TheFinishRunMethod(new SqliteTestBackend());

    [Collection(PostgresServerGroup.Name), RequiresPostgres]
    public sealed class TheFinishRunMethodOnPostgres(PostgresFixture server)
        : TheFinishRunMethod(new PostgresTestBackend(server, nameof(TheFinishRunMethodOnPostgres)));
}
