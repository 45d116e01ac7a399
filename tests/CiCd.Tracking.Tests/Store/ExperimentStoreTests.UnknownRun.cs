using CiCd.Errors;
using CiCd.Tracking.Runs;
using CiCd.Tracking.Tests.Postgres;

namespace CiCd.Tracking.Tests.Store;

public static partial class ExperimentStoreTests
{
    public abstract class TheWriteMethods(ITestBackend backend) : StoreContract(backend)
    {
        [BackendFact]
        public void Should_Refuse_Every_Write_To_An_Unknown_Run_Naming_It()
        {
            // Given
            var unknown = $"missing-{Guid.NewGuid():N}";
            var pairs = new Dictionary<string, string> { ["a"] = "b" };
            Action[] writes =
            [
                () => Store.LogParams(unknown, pairs),
                () => Store.LogMetrics(unknown, [new("auc", 0.5)]),
                () => Store.SetTags(unknown, pairs),
                () => Store.LogArtifacts(unknown, [new("model.zip", 1, new string('a', 64))]),
                () => Store.FinishRun(unknown, RunStatus.Finished, DateTimeOffset.UnixEpoch),
            ];

            // When
            var errors = writes.Select(Assert.Throws<InputException>).ToList();

            // Then
            Assert.All(errors, e => Assert.Contains($"unknown run '{unknown}'", e.Message));
        }
    }

    public sealed class TheWriteMethodsOnSqlite() : TheWriteMethods(new SqliteTestBackend());

    [Collection(PostgresServerGroup.Name), RequiresPostgres]
    public sealed class TheWriteMethodsOnPostgres(PostgresFixture server)
        : TheWriteMethods(new PostgresTestBackend(server, nameof(TheWriteMethodsOnPostgres)));
}
