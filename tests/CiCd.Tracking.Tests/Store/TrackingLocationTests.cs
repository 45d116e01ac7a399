using CiCd.Errors;
using CiCd.Tracking.Store;
using Npgsql;

namespace CiCd.Tracking.Tests.Store;

public static class TrackingLocationTests
{
    public sealed class TheResolveMethod
    {
        [Fact]
        public void Should_Default_To_The_Sqlite_File_Under_Dot_Mlops()
        {
            // Given
            var work = "/repo";

            // When
            var location = TrackingLocation.Resolve(configured: null, environment: null, work);

            // Then
            Assert.Equal((TrackingBackend.Sqlite, "/repo/.mlops/tracking.db"), (location.Backend, location.Target));
        }

        [Fact]
        public void Should_Prefer_The_Environment_Variable_Over_The_Config()
        {
            // Given
            var configured = "sqlite:team.db";

            // When
            var location = TrackingLocation.Resolve(configured, "postgresql://ada@db.internal:6543/tracking", "/repo");

            // Then
            var settings = new NpgsqlConnectionStringBuilder(location.Target);
            Assert.Equal((TrackingBackend.Postgres, "db.internal", 6543, "tracking", "ada"),
                (location.Backend, settings.Host, settings.Port, settings.Database, settings.Username));
        }

        [Fact]
        public void Should_Read_A_Password_From_The_Uri_But_Never_Print_It()
        {
            // Given
            var uri = "postgres://ada:p%40ss@db:5432/tracking";

            // When
            var location = TrackingLocation.Resolve(uri, null, "/repo");

            // Then
            Assert.Equal("p@ss", new NpgsqlConnectionStringBuilder(location.Target).Password);
            Assert.Equal("postgresql://ada@db:5432/tracking", location.ToString());
        }

        [Fact]
        public void Should_Accept_An_Npgsql_Connection_String()
        {
            // Given
            var text = "Host=127.0.0.1;Port=5433;Database=runs;Username=ci";

            // When
            var location = TrackingLocation.Resolve(text, null, "/repo");

            // Then
            Assert.Equal("postgresql://ci@127.0.0.1:5433/runs", location.ToString());
        }

        [Fact]
        public void Should_Resolve_A_Relative_Sqlite_Path_Against_The_Work_Folder()
        {
            // Given
            var text = "sqlite:stores/runs.db";

            // When
            var location = TrackingLocation.Resolve(text, "  ", "/repo");

            // Then
            Assert.Equal("/repo/stores/runs.db", location.Target);
        }

        [Fact]
        public void Should_Read_A_Path_With_An_Equals_Sign_As_A_Sqlite_File()
        {
            // Given
            var text = "runs/host=ci/tracking.db";

            // When
            var location = TrackingLocation.Resolve(text, null, "/repo");

            // Then
            Assert.Equal((TrackingBackend.Sqlite, "/repo/runs/host=ci/tracking.db"), (location.Backend, location.Target));
        }

        [Fact]
        public void Should_Refuse_An_Unsupported_Scheme_Without_Echoing_The_Password()
        {
            // Given
            var text = "mysql://root:hunter2@db/runs";

            // When
            var error = Assert.Throws<InputException>(() => TrackingLocation.Resolve(null, text, "/repo"));

            // Then
            Assert.StartsWith(TrackingLocation.EnvironmentVariable, error.Message);
            Assert.Contains("unsupported scheme", error.Message);
            Assert.DoesNotContain("hunter2", error.Message);
        }

        [Fact]
        public void Should_Refuse_A_Postgres_Uri_Without_A_Database()
        {
            // Given
            var text = "postgresql://ada:pw@db:5432";

            // When
            var error = Assert.Throws<InputException>(() => TrackingLocation.Resolve(text, null, "/repo"));

            // Then
            Assert.Contains("names no database", error.Message);
            Assert.DoesNotContain(":pw@", error.Message);
        }

        [Fact]
        public void Should_Refuse_An_Invalid_Connection_String()
        {
            // Given
            var text = "Host=db;Frobnicate=yes";

            // When
            var error = Assert.Throws<InputException>(() => TrackingLocation.Resolve(text, null, "/repo"));

            // Then
            Assert.StartsWith("tracking.uri: not a valid PostgreSQL connection string", error.Message);
        }

        [Fact]
        public void Should_Refuse_Sqlite_Without_A_Path()
        {
            // Given
            var text = "sqlite:";

            // When
            var error = Assert.Throws<InputException>(() => TrackingLocation.Resolve(text, null, "/repo"));

            // Then
            Assert.Contains("sqlite: needs a file path", error.Message);
        }
    }
}
