using System.Globalization;
using CiCd.Configuration;
using CiCd.Core.Tests.Fixtures;
using CiCd.Data;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Metrics;
using CiCd.Storage;
using CiCd.Testing;
using CiCd.Train;
using CiCd.Validate;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CiCd.Core.Tests.Train;

// Training on data other than the German credit fixture's.
public sealed partial class TrainingEngineTests
{
    public sealed class TheRunMethodOnOtherData
    {
        [Fact]
        public void Should_Refuse_Data_That_Fails_Validation_As_A_Failed_Check()
        {
            // Given
            using var folder = new TempFolder();
            CsvBuilder.Tiny(40).WithValue(3, "x", "250").WriteTo(folder);
            var config = ConfigLoader.Load(new ConfigBuilder().WriteTo(folder));

            // When
            var error = Assert.Throws<MlopsException>(() => new TrainingEngine(config, new TrainingOptions(folder.PathOf("out"), folder.PathOf("cache"))).Run());

            // Then
            Assert.Equal(ExitCodes.CheckFailed, error.ExitCode);
            Assert.Contains("data invalid", error.Message, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder.PathOf("out")));
        }

        [Theory]
        [InlineData("categorical", true)]
        [InlineData("ignore", false)]
        public void Should_Warn_Of_Unseen_Categories_Only_When_A_Feature_Has_Categories(string colour, bool warned)
        {
            // Given: with 'colour' ignored every feature is a number (before, such a card, as Boston house prices',
            // still warned that unseen categories are scored as unknown)
            using var folder = new TempFolder();
            CsvBuilder.Tiny(40).WriteTo(folder);
            var config = ConfigLoader.Load(new ConfigBuilder().Column("colour", $"{{ kind: {colour} }}").WriteTo(folder));

            // When
            new TrainingEngine(config, new TrainingOptions(folder.PathOf("out"), folder.PathOf("cache"))).Run();

            // Then
            var limitations = Card(folder.PathOf("out")).Limitations;
            Assert.Equal(warned, limitations.Any(l => l.StartsWith("Categories never seen in training", StringComparison.Ordinal)));
        }

        [Fact]
        public void Should_Refuse_An_Undeclared_Target_Class_As_Bad_Input_Naming_The_Line()
        {
            // Given
            using var folder = new TempFolder();
            CsvBuilder.Tiny(40).WithValue(3, "label", "ugly").WriteTo(folder);
            var config = ConfigLoader.Load(new ConfigBuilder().WriteTo(folder));

            // When
            var error = Assert.Throws<InputException>(() => new TrainingEngine(config, new TrainingOptions(folder.PathOf("out"), folder.PathOf("cache"))).Run());

            // Then
            Assert.Equal(ExitCodes.InputError, error.ExitCode);
            Assert.Equal(5, error.Line);
            Assert.Contains("'ugly'", error.Message, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder.PathOf("out")));
        }

        [Fact]
        public void Should_Refuse_A_Target_With_One_Class_As_Bad_Input()
        {
            // Given
            using var folder = new TempFolder();
            var csv = new CsvBuilder("x", "colour", "label");
            for (var i = 0; i < 30; i++)
            {
                csv.Row((i * 1.5).ToString(System.Globalization.CultureInfo.InvariantCulture), "red", "good");
            }
            csv.WriteTo(folder);
            var config = ConfigLoader.Load(new ConfigBuilder().WriteTo(folder));

            // When
            var error = Assert.Throws<InputException>(() => new TrainingEngine(config, new TrainingOptions(folder.PathOf("out"), folder.PathOf("cache"))).Run());

            // Then
            Assert.Equal(ExitCodes.InputError, error.ExitCode);
            Assert.Contains("only class 'good'", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Fail_With_An_Input_Error_On_Malformed_Data()
        {
            // Given
            using var folder = new TempFolder();
            folder.Write("data.csv", "x,colour,label\n1,red\n");
            var config = ConfigLoader.Load(new ConfigBuilder().WriteTo(folder));

            // When
            var error = Assert.Throws<InputException>(() => new TrainingEngine(config, new TrainingOptions(folder.PathOf("out"), folder.PathOf("cache"))).Run());

            // Then
            Assert.Equal(2, error.Line);
            Assert.Equal(["data.csv", "mlops.yaml"], folder.FilesIn());
        }

        [Fact]
        public void Should_Train_A_Multiclass_Model()
        {
            // Given
            using var folder = new TempFolder();
            CsvBuilder.TinyMulticlass(60).WriteTo(folder);
            var config = ConfigLoader.Load(new ConfigBuilder().Multiclass().WriteTo(folder));

            // When
            var result = new TrainingEngine(config, new TrainingOptions(folder.PathOf("out"), folder.PathOf("cache"), Parallelism: 2)).Run();

            // Then
            var card = Card(result.OutputFolder);
            Assert.Equal(MetricCatalog.For(TaskKind.Multiclass).Order(), card.Metrics.Keys.Order());
            Assert.Equal(["a", "b", "c"], card.ConfusionMatrix.Classes);
            Assert.Equal(15, card.ConfusionMatrix.Counts.Sum(row => row.Sum()));
        }

        [Fact]
        public void Should_Name_The_Columns_The_Config_Ignores_On_The_Card_For_The_Service()
        {
            // Given: colour set to ignore, as `mlops init` sets an identifier or a date
            using var folder = new TempFolder();
            CsvBuilder.Tiny(40).WriteTo(folder);
            var config = ConfigLoader.Load(new ConfigBuilder().Column("colour", "ignore").WriteTo(folder));

            // When
            var result = new TrainingEngine(config, new TrainingOptions(folder.PathOf("out"), folder.PathOf("cache"), Parallelism: 2)).Run();

            // Then
            var card = Card(result.OutputFolder);
            Assert.Equal(["x"], card.Features.Select(f => f.Name));
            Assert.Equal(["colour"], card.IgnoredColumns);
        }
    }
}
