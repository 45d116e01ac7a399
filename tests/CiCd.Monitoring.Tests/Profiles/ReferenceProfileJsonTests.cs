using CiCd.Errors;
using CiCd.Monitoring.Data;
using CiCd.Monitoring.Profiles;

namespace CiCd.Monitoring.Tests.Profiles;

public sealed class ReferenceProfileJsonTests
{
    private static ReferenceProfile Sample() => new ProfileBuilder(new ProfileOptions()).Build(
    [
        TestData.NumericColumn("income", TestData.Normal(1, 300, 1000, 200)),
        TestData.CategoricalColumn("job", TestData.Categories(2, 300, ("a", 1), ("b", 2))),
    ]);

    public sealed class TheParseMethod
    {
        [Fact]
        public void Should_Round_Trip_A_Profile()
        {
            // Given
            var profile = Sample();

            // When
            var loaded = ReferenceProfileJson.Parse(ReferenceProfileJson.Serialize(profile), "profile.json");

            // Then
            Assert.Equal(profile.Columns[0].Sample, loaded.Columns[0].Sample);
            Assert.Equal(profile.Columns[0].BinEdges, loaded.Columns[0].BinEdges);
            Assert.Equal(profile.Columns[1].Categories, loaded.Columns[1].Categories);
            Assert.Equal(ColumnKind.Categorical, loaded.Columns[1].Kind);
        }

        [Fact]
        public void Should_Name_The_Missing_Schema()
        {
            // Given
            const string json = """{"formatVersion":1,"rowCount":10,"options":{}}""";

            // When
            var error = Record.Exception(() => ReferenceProfileJson.Parse(json, "models/3/profile.json"));

            // Then
            var input = Assert.IsType<InputException>(error);
            Assert.Equal("models/3/profile.json", input.File);
            Assert.Contains("columns", input.Message);
        }

        [Fact]
        public void Should_Reject_An_Empty_Column_List()
        {
            // Given
            const string json = """{"formatVersion":1,"rowCount":10,"columns":[],"options":{}}""";

            // When
            var error = Record.Exception(() => ReferenceProfileJson.Parse(json, "p.json"));

            // Then
            Assert.Contains("no schema", Assert.IsType<InputException>(error).Message);
        }

        [Fact]
        public void Should_Reject_An_Unknown_Kind()
        {
            // Given
            const string json = """{"formatVersion":1,"rowCount":1,"options":{},"columns":[{"name":"x","kind":"Text","count":1,"missingCount":0,"distinctCount":1}]}""";

            // When
            var error = Record.Exception(() => ReferenceProfileJson.Parse(json, "p.json"));

            // Then
            Assert.IsType<InputException>(error);
        }

        [Fact]
        public void Should_Reject_A_Numeric_Column_Without_Its_Sample()
        {
            // Given
            const string json = """{"formatVersion":1,"rowCount":1,"options":{},"columns":[{"name":"x","kind":"Numeric","count":1,"missingCount":0,"distinctCount":1}]}""";

            // When
            var error = Record.Exception(() => ReferenceProfileJson.Parse(json, "p.json"));

            // Then
            Assert.Contains("columns[0]", Assert.IsType<InputException>(error).Message);
        }

        [Fact]
        public void Should_Reject_Another_Format_Version()
        {
            // Given
            var json = ReferenceProfileJson.Serialize(Sample() with { FormatVersion = 99 });

            // When
            var error = Record.Exception(() => ReferenceProfileJson.Parse(json, "p.json"));

            // Then
            Assert.Contains("formatVersion", Assert.IsType<InputException>(error).Message);
        }

        [Fact]
        public void Should_Report_Malformed_Json_As_Input_Error()
        {
            // When
            var error = Record.Exception(() => ReferenceProfileJson.Parse("{ not json", "p.json"));

            // Then
            Assert.Equal(ExitCodes.InputError, Assert.IsType<InputException>(error).ExitCode);
        }
    }

    public sealed class TheLoadMethod
    {
        [Fact]
        public void Should_Read_What_Save_Wrote()
        {
            // Given
            var path = Path.Combine(Path.GetTempPath(), $"profile-{Guid.NewGuid():N}.json");
            var profile = Sample();

            // When
            ReferenceProfileJson.Save(profile, path);
            var loaded = ReferenceProfileJson.Load(path);
            File.Delete(path);

            // Then
            Assert.Equal(profile.RowCount, loaded.RowCount);
            Assert.Equal(profile.Columns.Select(c => c.Name), loaded.Columns.Select(c => c.Name));
        }

        [Fact]
        public void Should_Say_When_The_Profile_Is_Missing()
        {
            // When
            var error = Record.Exception(() => ReferenceProfileJson.Load("/nonexistent/profile.json"));

            // Then
            Assert.Contains("not found", Assert.IsType<InputException>(error).Message);
        }
    }
}
