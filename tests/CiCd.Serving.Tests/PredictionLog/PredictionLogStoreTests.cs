using CiCd.Errors;
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
    public sealed class TheConstructor
    {
        [Fact]
        public void Should_Refuse_A_Path_SQLite_Cannot_Open_As_An_Input_Error_Naming_It()
        {
            // Given: a folder where the file should be (as a read-only folder, SQLite cannot open it; root writes anywhere)
            using var folder = new TempFolder();
            var path = folder.PathOf("log.db");
            Directory.CreateDirectory(path);

            // When: it was a SqliteException, so `mlops serve --prediction-log` ended with "unexpected error" (exit 70)
            var error = Assert.Throws<InputException>(() => new PredictionLogStore(path, "r1").Dispose());

            // Then
            Assert.Equal(path, error.File);
            Assert.Contains("cannot open the SQLite file", error.Problem, StringComparison.Ordinal);
        }
    }

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
            // Given: a record the database refuses (a trigger aborts its insert) amid good records
            using var folder = new TempFolder();
            var records = AwkwardRecords.Create();
            var broken = records[3] with { RequestId = "refused" };
            using var store = new PredictionLogStore(folder.PathOf("log.db"), "r1");
            Execute(folder.PathOf("log.db"), "CREATE TRIGGER refuse BEFORE INSERT ON predictions WHEN NEW.request_id = 'refused' BEGIN SELECT RAISE(ABORT, 'refused'); END");

            // When
            var failure = Record.Exception(() => store.Write([records[..2], [broken], records[4..38]]));
            store.Write([records[..1]]);

            // Then
            Assert.IsType<SqliteException>(failure);
            Assert.Equal(records[0].RequestId, Assert.Single(LoggedRows.Sqlite(folder.PathOf("log.db")))[3]);
        }

        [Fact]
        public async Task Should_Wait_For_Another_Writer_Of_The_File_Instead_Of_Failing()
        {
            // Given: another process's transaction (labels import) holds the file's write lock
            using var folder = new TempFolder();
            var records = AwkwardRecords.Create();
            using var store = new PredictionLogStore(folder.PathOf("log.db"), "r1");
            using var other = new SqliteConnection($"Data Source={folder.PathOf("log.db")};Pooling=False");
            other.Open();
            using (var begin = other.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE";
                begin.ExecuteNonQuery();
            }

            // When: the store writes meanwhile, and the other writer commits half a second later
            var write = Task.Run(() => store.Write([records[..5]]));
            var doneWhileLocked = await Task.WhenAny(write, Task.Delay(TimeSpan.FromMilliseconds(500))) == write;
            using (var commit = other.CreateCommand())
            {
                commit.CommandText = "COMMIT";
                commit.ExecuteNonQuery();
            }

            // Then: the write waited (SQLite's busy timeout) and went in once the lock was free
            Assert.False(doneWhileLocked);
            Assert.Equal(5, await write.WaitAsync(TimeSpan.FromSeconds(30)));
            Assert.Equal(5, LoggedRows.Sqlite(folder.PathOf("log.db")).Count);
        }

        private static void Execute(string path, string sql)
        {
            using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }
}
