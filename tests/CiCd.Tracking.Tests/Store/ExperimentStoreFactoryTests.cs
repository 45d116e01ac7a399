using System.Globalization;
using CiCd.Errors;
using CiCd.Tracking.Schema;
using CiCd.Tracking.Store;
using CiCd.Tracking.Tests.Postgres;
using static CiCd.Tracking.Tests.Fixtures.NewRunBuilder;

namespace CiCd.Tracking.Tests.Store;

public static class ExperimentStoreFactoryTests
{
    public abstract class TheOpenMethod(ITestBackend backend) : StoreContract(backend)
    {
        [BackendFact]
        public void Should_Create_The_Latest_Schema_In_An_Empty_Store()
        {
            // Given
            var location = Backend.Fresh();

            // When
            ExperimentStoreFactory.Open(location).Dispose();

            // Then
            Assert.Equal(Migrations.Latest, Version(location));
        }

        [BackendFact]
        public void Should_Upgrade_An_Old_Store_In_Place_Keeping_Its_Runs()
        {
            // Given
            var location = Backend.Fresh();
            using (var old = Engine(location))
            {
                new SchemaMigrator(old).Migrate(target: 1);
            }
            Backend.Execute(location, "INSERT INTO experiments VALUES ('credit', '2025-01-01T00:00:00.0000000Z')");
            Backend.Execute(location, "INSERT INTO runs (run_id, experiment, status, started_at, git_dirty) VALUES ('r1', 'credit', 'finished', '2025-01-01T00:00:00.0000000Z', 0)");

            // When
            using var store = ExperimentStoreFactory.Open(location);

            // Then
            Assert.Equal(Migrations.Latest, Version(location));
            Assert.Equal("credit", store.GetRun("r1").Run.Experiment);
            Assert.Empty(store.GetRun("r1").Artifacts);
        }

        [BackendFact]
        public void Should_Refuse_A_Store_From_A_Newer_Schema_Naming_It_And_Both_Versions()
        {
            // Given
            var location = Backend.Fresh();
            using (var store = ExperimentStoreFactory.Open(location))
            {
                store.StartRun(ARun().WithId("kept").Build());
            }
            Backend.Execute(location, "UPDATE schema_version SET version = 99");

            // When
            var error = Assert.Throws<MlopsException>(() => ExperimentStoreFactory.Open(location));

            // Then
            Assert.Equal(ExitCodes.InputError, error.ExitCode);
            Assert.Contains(location.ToString(), error.Message);
            Assert.Contains("schema version 99", error.Message);
            Assert.Contains($"version {Migrations.Latest}", error.Message);
            Assert.Equal(99, Version(location));
            Assert.Equal(1L, Convert.ToInt64(Backend.Scalar(location, "SELECT COUNT(*) FROM runs"), CultureInfo.InvariantCulture));
        }

        [BackendFact]
        public void Should_Open_A_Store_Again_Without_Losing_Runs()
        {
            // Given
            var location = Backend.Fresh();
            var run = ARun().Build();
            using (var first = ExperimentStoreFactory.Open(location))
            {
                first.StartRun(run);
            }

            // When
            using var second = ExperimentStoreFactory.Open(location);

            // Then
            Assert.Equal(run.Experiment, second.GetRun(run.RunId).Run.Experiment);
        }

        private int Version(TrackingLocation location) =>
            Convert.ToInt32(Backend.Scalar(location, "SELECT version FROM schema_version"), CultureInfo.InvariantCulture);

        private static IStoreBackend Engine(TrackingLocation location) =>
            location.Backend == TrackingBackend.Sqlite ? new SqliteBackend(location.Target) : new PostgresBackend(location.Target);
    }

    public sealed class TheOpenMethodOnSqlite() : TheOpenMethod(new SqliteTestBackend())
    {
        [Fact]
        public void Should_Refuse_A_File_That_Is_Not_A_Database()
        {
            // Given
            var location = Backend.Fresh();
            File.WriteAllText(location.Target, "this is a CSV, not a database\n1,2,3\n");

            // When
            var error = Assert.Throws<MlopsException>(() => ExperimentStoreFactory.Open(location));

            // Then
            Assert.Equal(ExitCodes.InputError, error.ExitCode);
            Assert.Contains($"{location} cannot be read", error.Message);
        }

        [Fact]
        public void Should_Name_Host_And_Port_But_Not_The_Password_Of_An_Unreachable_Server()
        {
            // Given
            var port = ClosedPort();
            var location = TrackingLocation.Resolve(null, $"postgresql://mlops:s3cret-pw@127.0.0.1:{port}/tracking", "/work");

            // When
            var error = Assert.Throws<MlopsException>(() => ExperimentStoreFactory.Open(location));

            // Then
            Assert.Equal(ExitCodes.InputError, error.ExitCode);
            Assert.Contains($"127.0.0.1:{port}", error.Message);
            Assert.DoesNotContain("s3cret-pw", error.Message);
        }

        private static int ClosedPort()
        {
            using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }
    }

    [Collection(PostgresServerGroup.Name), RequiresPostgres]
    public sealed class TheOpenMethodOnPostgres(PostgresFixture server)
        : TheOpenMethod(new PostgresTestBackend(server, nameof(TheOpenMethodOnPostgres)));
}
