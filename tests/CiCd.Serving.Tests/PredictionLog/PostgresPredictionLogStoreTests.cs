using CiCd.Serving.PredictionLog;
using CiCd.Serving.Tests.Fixtures;
using CiCd.Testing.Postgres;
using Npgsql;
using PredictionLogLocation = CiCd.Monitoring.Log.PredictionLogLocation;

namespace CiCd.Serving.Tests.PredictionLog;

/// <summary>
/// The store writes the writer's UTF-8 buffers straight into the COPY; the values stored must be the ones the string
/// path stored (<see cref="StringPostgresStore"/>), which the monitor reads.
/// </summary>
public sealed class PostgresPredictionLogStoreTests
{
    public sealed class TheWriteMethod
    {
        [Fact]
        public void Should_Store_In_PostgreSQL_What_The_String_Path_Stored_For_Awkward_Values()
        {
            // Given
            var server = SharedPostgres.Server;
            var oldLog = server.CreateDatabase("old_text");
            var newLog = server.CreateDatabase("new_text");
            var records = AwkwardRecords.Create();
            using (var old = new StringPostgresStore(PredictionLogLocation.Parse(oldLog, "test", commandLine: false), "replica \"ü\""))
            {
                AwkwardRecords.WriteInPieces(old, records);
            }

            // When
            using (var store = new PostgresPredictionLogStore(PredictionLogLocation.Parse(newLog, "test", commandLine: false), "replica \"ü\""))
            {
                AwkwardRecords.WriteInPieces(store, records);
            }

            // Then
            var expected = LoggedRows.Postgres(oldLog);
            Assert.Equal(records.Length, expected.Count);
            Assert.Equal(expected, LoggedRows.Postgres(newLog));
        }

        [Fact]
        public void Should_Store_None_Of_A_Write_The_Server_Refuses_And_Write_The_Next()
        {
            // Given: a record the server refuses (a trigger raises on its insert) amid good records
            var server = SharedPostgres.Server;
            var log = server.CreateDatabase("refused");
            var records = AwkwardRecords.Create();
            var broken = records[3] with { RequestId = "refused" };
            using var store = new PostgresPredictionLogStore(PredictionLogLocation.Parse(log, "test", commandLine: false), "r1");
            Execute(log, """
                CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN IF NEW.request_id = 'refused' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$;
                CREATE TRIGGER refuse BEFORE INSERT ON predictions FOR EACH ROW EXECUTE FUNCTION refuse();
                """);

            // When
            var failure = Record.Exception(() => store.Write([records[..2], [broken], records[4..38]]));
            store.Write([records[..1]]);

            // Then
            Assert.IsType<PostgresException>(failure);
            Assert.Equal(records[0].RequestId, Assert.Single(LoggedRows.Postgres(log))[3]);
        }

        [Fact]
        public void Should_Store_None_Of_A_Write_That_Fails_Part_Way_In_The_Service_And_Write_The_Next()
        {
            // Given: a record whose class the service cannot name (its text fails to format) after good records that
            // fill more than one buffer of COPY data
            var server = SharedPostgres.Server;
            var log = server.CreateDatabase("cancelled");
            var records = AwkwardRecords.Create();
            var broken = records[0] with { Prediction = records[0].Prediction with { ClassIndex = 99 } };
            using var store = new PostgresPredictionLogStore(PredictionLogLocation.Parse(log, "test", commandLine: false), "r1");

            // When
            var failure = Record.Exception(() => store.Write([records, [broken]]));
            store.Write([records[..1]]);

            // Then: the rows sent before the failure were not committed
            Assert.IsType<IndexOutOfRangeException>(failure);
            Assert.Equal(records[0].RequestId, Assert.Single(LoggedRows.Postgres(log))[3]);
        }

        private static void Execute(string connectionString, string sql)
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            using var command = new NpgsqlCommand(sql, connection);
            command.ExecuteNonQuery();
        }
    }
}
