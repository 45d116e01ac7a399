using CiCd.Serving.PredictionLog;
using CiCd.Serving.Scoring;
using CiCd.Serving.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace CiCd.Serving.Tests.PredictionLog;

/// <summary>
/// The store binds the writer's UTF-8 buffers straight to its statements; the values stored must be the ones the
/// string path stored (<see cref="StringSqliteStore"/>), which the monitor reads.
/// </summary>
public sealed class PredictionLogStoreTests
{
    public sealed class TheWriteMethod
    {
        [Fact]
        public void Should_Store_In_SQLite_What_The_String_Path_Stored_For_Awkward_Values()
        {
            // Given
            using var folder = new TempFolder();
            var records = AwkwardRecords.Create();
            using (var old = new StringSqliteStore(folder.PathOf("old.db"), "replica \"ü\""))
            {
                AwkwardRecords.WriteInPieces(old, records);
            }

            // When
            using (var store = new PredictionLogStore(folder.PathOf("new.db"), "replica \"ü\""))
            {
                AwkwardRecords.WriteInPieces(store, records);
            }

            // Then: every value and its storage class
            var expected = LoggedRows.Sqlite(folder.PathOf("old.db"));
            Assert.Equal(records.Length, expected.Count);
            Assert.Equal(expected, LoggedRows.Sqlite(folder.PathOf("new.db")));
        }

        [Fact]
        public void Should_Store_None_Of_A_Failed_SQLite_Write_And_Write_The_Next()
        {
            // Given: a regression value SQLite cannot store (NaN is NULL, and the score is NOT NULL) amid good records
            using var folder = new TempFolder();
            var records = AwkwardRecords.Create();
            var broken = records[3] with { Prediction = Prediction.OfValue(double.NaN) };
            using var store = new PredictionLogStore(folder.PathOf("log.db"), "r1");

            // When
            var failure = Record.Exception(() => store.Write([records[..2], [broken], records[4..38]]));
            store.Write([records[..1]]);

            // Then
            Assert.IsType<SqliteException>(failure);
            Assert.Equal(records[0].RequestId, Assert.Single(LoggedRows.Sqlite(folder.PathOf("log.db")))[3]);
        }
    }
}
