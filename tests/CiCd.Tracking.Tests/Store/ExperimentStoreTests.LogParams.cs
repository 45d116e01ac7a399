using CiCd.Errors;
using CiCd.Tracking.Tests.Postgres;
using static CiCd.Tracking.Tests.Fixtures.NewRunBuilder;

namespace CiCd.Tracking.Tests.Store;

public static partial class ExperimentStoreTests
{
    public abstract class TheLogParamsMethod(ITestBackend backend) : StoreContract(backend)
    {
        [BackendFact]
        public void Should_Keep_Params_And_Accept_The_Same_Value_Again()
        {
            // Given
            var run = ARun().Build();
            Store.StartRun(run);
            Store.LogParams(run.RunId, new Dictionary<string, string> { ["trainer"] = "lightgbm", ["folds"] = "5" });

            // When
            Store.LogParams(run.RunId, new Dictionary<string, string> { ["folds"] = "5", ["seed"] = "42" });

            // Then
            Assert.Equal(
                new Dictionary<string, string> { ["trainer"] = "lightgbm", ["folds"] = "5", ["seed"] = "42" },
                Store.GetRun(run.RunId).Params);
        }

        [BackendFact]
        public void Should_Refuse_Changing_A_Param_And_Store_Nothing_Of_The_Batch()
        {
            // Given
            var run = ARun().Build();
            Store.StartRun(run);
            Store.LogParams(run.RunId, new Dictionary<string, string> { ["folds"] = "5" });

            // When
            var error = Assert.Throws<InputException>(() =>
                Store.LogParams(run.RunId, new Dictionary<string, string> { ["seed"] = "1", ["folds"] = "10" }));

            // Then
            Assert.Contains("'folds' is already '5'", error.Message);
            Assert.Equal(new Dictionary<string, string> { ["folds"] = "5" }, Store.GetRun(run.RunId).Params);
        }
    }

    public sealed class TheLogParamsMethodOnSqlite() : TheLogParamsMethod(new SqliteTestBackend());

    [Collection(PostgresServerGroup.Name), RequiresPostgres]
    public sealed class TheLogParamsMethodOnPostgres(PostgresFixture server)
        : TheLogParamsMethod(new PostgresTestBackend(server, nameof(TheLogParamsMethodOnPostgres)));
}
