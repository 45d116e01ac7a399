using CiCd.Configuration;
using CiCd.Data;
using CiCd.Data.Profiling;
using CiCd.Testing;

namespace CiCd.Core.Tests.Data.Profiling;

public sealed class ProfileSourceTests
{
    public sealed class TheFromDatasetMethod
    {
        [Fact]
        public void Should_Profile_Rows_In_Memory_As_The_Same_Rows_Read_From_The_File()
        {
            // Given: the shipped data set, read by the profile and typed by the loader
            var config = ConfigLoader.Load(RepositoryRoot.PathOf("mlops.yaml")).Dataset;
            var fromFile = DataProfiler.Profile(ProfileSource.FromConfig(config));
            var data = DatasetLoader.Load(config);

            // When
            var inMemory = DataProfiler.Profile(ProfileSource.FromDataset(data, fromFile.Overview.Fingerprint));

            // Then
            Assert.Equal(fromFile.Overview.Rows, inMemory.Overview.Rows);
            var features = inMemory.Columns.Select(c => c.Name).ToHashSet();
            foreach (var expected in fromFile.Columns.Where(c => features.Contains(c.Name)))
            {
                var actual = inMemory.Columns.Single(c => c.Name == expected.Name);
                Assert.Equal((expected.Missing, expected.Distinct, expected.Inferred), (actual.Missing, actual.Distinct, actual.Inferred));
                Assert.Equal(expected.Numeric?.Mean, actual.Numeric?.Mean);
                Assert.Equal(expected.Categories?.Top, actual.Categories?.Top);
            }
        }
    }

    public sealed class TheFromFileMethod : IDisposable
    {
        private readonly TempFolder _folder = new();

        [Fact]
        public void Should_Count_Look_Alike_Spellings_Among_The_Values_And_Read_A_Numeric_Text_Column_As_Numbers()
        {
            // Given: 'note' writes NA twice and nothing once; 'size' is numbers written as texts, one of them '?'
            var csv = new CsvBuilder("note", "size", "target")
                .Row("NA", "1.5", "p").Row("ok", "?", "q").Row("NA", "2", "p").Row("", "3", "q");
            var input = ProfileSource.FromFile(csv.WriteTo(_folder), "target");

            // When
            var profile = DataProfiler.Profile(input);

            // Then
            var note = profile.Columns.Single(c => c.Name == "note");
            var size = profile.Columns.Single(c => c.Name == "size");
            Assert.Equal(new Dictionary<string, int> { [""] = 1, ["NA"] = 2 }, note.MissingSpellings);
            Assert.Equal((ColumnKind.Numeric, 1), (size.Inferred, size.Missing));
            Assert.Equal(6.5 / 3, size.Numeric!.Mean, 1e-12);
        }

        [Fact]
        public void Should_Profile_A_Numeric_Target_Against_Its_Quintiles_As_Init_Reads_It()
        {
            // Given: the shipped CPU data, whose target has more than a hundred distinct numbers
            var input = ProfileSource.FromFile(RepositoryRoot.PathOf("data/raw/cpu.csv"), "class");

            // When
            var profile = DataProfiler.Profile(input);

            // Then
            Assert.Equal(TaskKind.Regression, input.Config.Task);
            Assert.Equal(5, profile.Target.Classes.Count);
            Assert.Equal("quintile 1 (lowest)", profile.Target.Classes[0].Value);
        }

        public void Dispose() => _folder.Dispose();
    }
}
