using System.Text.Json;
using CiCd.Data;
using CiCd.Storage;
using CiCd.Testing;

namespace CiCd.DataTests;

/// <summary>data/raw/provenance.json: every shipped file is there, unchanged, with the rows it says.</summary>
public sealed class ProvenanceTests
{
    private static readonly Lazy<JsonElement[]> Entries = new(() =>
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.PathOf("data/raw/provenance.json")));
        return [.. document.RootElement.GetProperty("files").EnumerateArray().Select(e => e.Clone())];
    });

    public static TheoryData<string> RecordedFiles() => [.. Entries.Value.Select(e => e.GetProperty("file").GetString()!)];

    private static JsonElement Entry(string file) => Entries.Value.Single(e => e.GetProperty("file").GetString() == file);

    private static string DataPath(string file) => RepositoryRoot.PathOf("data/raw/" + file);

    public sealed class TheRecordedFiles
    {
        [Fact]
        public void Should_Include_Every_Shipped_Dataset()
        {
            // Given
            var entries = Entries.Value;

            // When
            var shipped = entries.Select(e => e.GetProperty("file").GetString()).Order(StringComparer.Ordinal);

            // Then
            Assert.Equal(["cpu.csv", "diabetes.csv", "digits.csv", "german_credit.csv"], shipped);
        }

        [Theory]
        [MemberData(nameof(RecordedFiles), MemberType = typeof(ProvenanceTests))]
        public void Should_Exist(string file)
        {
            // Given
            var path = DataPath(file);

            // When
            var exists = File.Exists(path);

            // Then
            Assert.True(exists, $"{path} is recorded in provenance.json but missing");
        }

        [Theory]
        [MemberData(nameof(RecordedFiles), MemberType = typeof(ProvenanceTests))]
        public void Should_Have_The_Recorded_Sha256(string file)
        {
            // Given
            var recorded = Entry(file).GetProperty("sha256").GetString();

            // When
            var actual = ContentHash.OfFile(DataPath(file));

            // Then
            Assert.Equal(recorded, actual);
        }

        [Theory]
        [MemberData(nameof(RecordedFiles), MemberType = typeof(ProvenanceTests))]
        public void Should_Have_The_Recorded_Row_Count(string file)
        {
            // Given
            var recorded = Entry(file).GetProperty("rows").GetInt32();

            // When
            var rows = CsvReader.Read(DataPath(file)).Rows.Count;

            // Then
            Assert.Equal(recorded, rows);
        }

        [Theory]
        [MemberData(nameof(RecordedFiles), MemberType = typeof(ProvenanceTests))]
        public void Should_Name_Source_Origin_And_Licence(string file)
        {
            // Given
            var entry = Entry(file);

            // When
            string?[] fields = [.. new[] { "source", "source_sha256", "origin", "licence" }.Select(name => entry.TryGetProperty(name, out var value) ? value.GetString() : null)];

            // Then
            Assert.All(fields, value => Assert.False(string.IsNullOrWhiteSpace(value)));
        }
    }
}
