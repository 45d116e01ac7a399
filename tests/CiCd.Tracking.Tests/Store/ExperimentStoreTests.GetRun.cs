using CiCd.Errors;
using CiCd.Tracking.Runs;
using CiCd.Tracking.Tests.Postgres;
using static CiCd.Tracking.Tests.Fixtures.NewRunBuilder;

namespace CiCd.Tracking.Tests.Store;

public static partial class ExperimentStoreTests
{
    public abstract class TheGetRunMethod(ITestBackend backend) : StoreContract(backend)
    {
        private static readonly string Sha = new('a', 64);

        [BackendFact]
        public void Should_Return_Tags_With_Their_Latest_Value_And_Artifacts()
        {
            // Given
            var run = ARun().Build();
            Store.StartRun(run);
            Store.SetTags(run.RunId, new Dictionary<string, string> { ["candidate"] = "fasttree", ["trigger"] = "push" });
            Store.SetTags(run.RunId, new Dictionary<string, string> { ["trigger"] = "schedule" });
            Store.LogArtifacts(run.RunId, [new("model.zip", 1234, Sha), new("card.json", 56, new string('b', 64))]);

            // When
            var details = Store.GetRun(run.RunId);

            // Then
            Assert.Equal(new Dictionary<string, string> { ["candidate"] = "fasttree", ["trigger"] = "schedule" }, details.Tags);
            Assert.Equal([new ArtifactEntry("card.json", 56, new string('b', 64)), new ArtifactEntry("model.zip", 1234, Sha)], details.Artifacts);
        }

        [BackendFact]
        public void Should_Fail_With_Exit_Code_2_Naming_An_Unknown_Run_And_The_Store()
        {
            // Given
            var unknown = $"missing-{Guid.NewGuid():N}";

            // When
            var error = Assert.Throws<InputException>(() => Store.GetRun(unknown));

            // Then
            Assert.Equal(ExitCodes.InputError, error.ExitCode);
            Assert.Contains(unknown, error.Message);
            Assert.Contains(Store.Description, error.Message);
        }

        [BackendFact]
        public void Should_Refuse_An_Artifact_Without_A_Valid_Sha256()
        {
            // Given
            var run = ARun().Build();
            Store.StartRun(run);

            // When
            var error = Assert.Throws<InputException>(() => Store.LogArtifacts(run.RunId, [new("model.zip", 10, "ABC")]));

            // Then
            Assert.Contains("'model.zip'", error.Message);
            Assert.Empty(Store.GetRun(run.RunId).Artifacts);
        }
    }

    public sealed class TheGetRunMethodOnSqlite() : TheGetRunMethod(new SqliteTestBackend());

    [Collection(PostgresServerGroup.Name), RequiresPostgres]
    public sealed class TheGetRunMethodOnPostgres(PostgresFixture server)
        : TheGetRunMethod(new PostgresTestBackend(server, nameof(TheGetRunMethodOnPostgres)));
}
