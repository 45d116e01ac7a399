using System.Globalization;
using CiCd.Data;
using CiCd.Monitoring.Data;
using CiCd.Monitoring.Profiles;
using CiCd.Testing;
using CiCd.Train;

namespace CiCd.Monitoring.Tests.Profiles;

public sealed class TrainingReferenceTests
{
    public sealed class TheBuildMethod
    {
        [Fact]
        public void Should_Profile_A_Dataset_In_Memory_As_The_Csv_Text_Reads()
        {
            // Given
            using var folder = new TempFolder();
            var csv = new CsvBuilder("x", "colour", "label");
            for (var i = 0; i < 40; i++)
            {
                csv.Row((i * 0.1 + 0.35).ToString("F2", CultureInfo.InvariantCulture), i % 3 == 0 ? "red" : "blue", i % 2 == 0 ? "good" : "bad");
            }
            folder.Write("data.csv", csv.Build());
            var config = new ConfigBuilder().Parse(folder.Root);
            var table = CsvReader.Read(config.Dataset.Path);
            var (train, _) = StratifiedSplit.Holdout(DatasetLoader.Load(table, config.Dataset).Labels, config.Training.TestFraction, config.Training.Seed);
            var fromText = new ProfileBuilder(new ProfileOptions()).Build(TableColumns.Read(table, TrainingReference.Schema(config.Dataset), train));

            // When
            var profile = TrainingReference.Build(config, DatasetLoader.Load(config.Dataset));

            // Then
            Assert.Equal(ReferenceProfileJson.Serialize(fromText), ReferenceProfileJson.Serialize(profile));
        }
    }
}
