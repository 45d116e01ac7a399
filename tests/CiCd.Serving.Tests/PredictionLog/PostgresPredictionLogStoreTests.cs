using CiCd.Serving.PredictionLog;
using CiCd.Serving.Tests.Fixtures;
using CiCd.Testing.Postgres;
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
            using var server = PostgresInstance.Start();
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
    }
}
