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

        [Fact]
        public void Should_Leave_Out_Only_The_Records_Whose_Score_Or_A_Probability_Is_Not_Finite()
        {
            // Given: a NaN regression value, a NaN probability and an infinite score amid good records
            using var server = PostgresInstance.Start();
            var log = server.CreateDatabase("non_finite");
            var (records, kept) = NonFiniteRecords.Create();
            using var store = new PostgresPredictionLogStore(PredictionLogLocation.Parse(log, "test", commandLine: false), "r1");

            // When
            var written = store.Write([records[..3], records[3..]]);
            var next = store.Write([records[..1]]);

            // Then
            Assert.Equal((kept.Length, 1), (written, next));
            Assert.Equal([.. kept.Select(r => r.RequestId), records[0].RequestId], LoggedRows.Postgres(log).Select(row => (string)row[3]!));
        }
    }
}
