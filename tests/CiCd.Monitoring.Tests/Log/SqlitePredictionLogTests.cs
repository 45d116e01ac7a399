using CiCd.Errors;
using CiCd.Monitoring.Log;
using Microsoft.Data.Sqlite;

namespace CiCd.Monitoring.Tests.Log;

public sealed class SqlitePredictionLogTests
{
    public sealed class TheReadMethod : IDisposable
    {
        private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("mlops-log-");

        public void Dispose() => _folder.Delete(recursive: true);

        private string Path(string name) => System.IO.Path.Combine(_folder.FullName, name);

        private string LogWith(params (string Time, string Id)[] rows)
        {
            var path = Path("log.sqlite");
            using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = PredictionLogLayout.CreateTable;
            create.ExecuteNonQuery();
            foreach (var (time, id) in rows)
            {
                using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO predictions VALUES ($t, 'credit', '3', $id, '{\"age\": 30}', 'good', '{\"good\": 0.9, \"bad\": 0.1}')";
                insert.Parameters.AddWithValue("$t", time);
                insert.Parameters.AddWithValue("$id", id);
                insert.ExecuteNonQuery();
            }
            return path;
        }

        [Fact]
        public void Should_Return_Every_Column_Oldest_First()
        {
            // Given
            var path = LogWith(("2026-11-02T10:00:00.000Z", "b"), ("2026-11-01T10:00:00.000Z", "a"));

            // When
            var records = new SqlitePredictionLog(path).Read(null, null);

            // Then
            Assert.Equal(["a", "b"], records.Select(r => r.RequestId));
            var first = records[0];
            Assert.Equal(new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero), first.Timestamp);
            Assert.Equal(("credit", "3", "good"), (first.ModelName, first.ModelVersion, first.OutputLabel));
            Assert.Equal("{\"age\": 30}", first.InputsJson);
        }

        [Fact]
        public void Should_Keep_Since_And_Drop_Until()
        {
            // Given
            var path = LogWith(("2026-11-01T00:00:00.000Z", "a"), ("2026-11-02T00:00:00.000Z", "b"), ("2026-11-03T00:00:00.000Z", "c"));

            // When
            var records = new SqlitePredictionLog(path).Read(new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 3, 0, 0, 0, TimeSpan.Zero));

            // Then
            Assert.Equal(["b"], records.Select(r => r.RequestId));
        }

        [Fact]
        public void Should_Name_The_Row_Of_A_Timestamp_That_Is_Not_A_Time()
        {
            // Given
            var path = LogWith(("yesterday", "a"));

            // When
            var error = Assert.Throws<InputException>(() => new SqlitePredictionLog(path).Read(null, null));

            // Then
            Assert.Contains("row 1: timestamp_utc 'yesterday' is not an ISO-8601 time", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Name_The_Missing_Columns_Of_Another_Layout()
        {
            // Given
            var path = Path("other.sqlite");
            using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                connection.Open();
                using var create = connection.CreateCommand();
                create.CommandText = "CREATE TABLE predictions (timestamp_utc TEXT, request_id TEXT)";
                create.ExecuteNonQuery();
            }

            // When
            var error = Assert.Throws<InputException>(() => new SqlitePredictionLog(path).Read(null, null));

            // Then
            Assert.Contains("lacks model_name, model_version, inputs_json, label, probabilities_json", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Report_A_Missing_File_Instead_Of_Creating_One()
        {
            // Given
            var path = Path("absent.sqlite");

            // When
            var error = Assert.Throws<InputException>(() => new SqlitePredictionLog(path).Read(null, null));

            // Then
            Assert.Contains("prediction log not found", error.Message, StringComparison.Ordinal);
            Assert.False(File.Exists(path));
        }
    }
}
