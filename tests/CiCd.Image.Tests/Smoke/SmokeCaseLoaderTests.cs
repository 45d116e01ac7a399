using System.Globalization;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Errors;
using CiCd.Image.Smoke;
using CiCd.Image.Tests.Fixtures;
using CiCd.Testing;

namespace CiCd.Image.Tests.Smoke;

public static class SmokeCaseLoaderTests
{
    public sealed class TheLoadMethod : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("cicd-smoke-case-").FullName;
        private readonly MlopsConfig _config = ConfigLoader.Load(Path.Combine(RepositoryRoot.Path, "mlops.yaml"));

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Fact]
        public void Should_Name_The_Line_That_Is_Not_In_The_Dataset()
        {
            // Given
            var predictions = Write("line,actual,p_good,p_bad\n2,good,0.9,0.1\n99999,bad,0.2,0.8\n");

            // When
            var error = Assert.Throws<InputException>(() => SmokeCaseLoader.Load(_config, predictions, Path.Combine(_folder, "model.zip"), Path.Combine(_folder, "reference-profile.json")));

            // Then
            Assert.Equal((predictions, 3), (error.File, error.Line));
            Assert.Contains("99999", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_A_File_Without_A_Line_Column()
        {
            // Given
            var predictions = Write("row,actual\n2,good\n");

            // When
            var error = Assert.Throws<InputException>(() => SmokeCaseLoader.Load(_config, predictions, Path.Combine(_folder, "model.zip"), Path.Combine(_folder, "reference-profile.json")));

            // Then
            Assert.Contains("'line'", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Say_When_The_Reference_Model_Is_Missing()
        {
            // Given
            var predictions = Write("line,actual,p_good,p_bad\n2,good,0.9,0.1\n");

            // When
            var error = Assert.Throws<InputException>(() => SmokeCaseLoader.Load(_config, predictions, Path.Combine(_folder, "model.zip"), Path.Combine(_folder, "reference-profile.json")));

            // Then
            Assert.Equal(Path.Combine(_folder, "model.zip"), error.File);
        }

        [Fact]
        public void Should_Expect_The_Value_Training_Predicted_For_Each_Row_Of_A_Regression_Model()
        {
            // Given: a boosted-tree model of a log1p target, and the predicted values its training run wrote
            var model = RegressionModel.Train(20);
            var written = CsvReader.Read(model.PredictionsPath);
            var predicted = written.Rows.Select(row => double.Parse(row.Values[written.IndexOf("predicted")]!, CultureInfo.InvariantCulture)).ToList();

            // When
            var smokeCase = SmokeCaseLoader.Load(model.Config, model.PredictionsPath, model.ModelPath, Path.Combine(model.Folder, CiCd.Train.TrainingFiles.ReferenceProfile));

            // Then: one number per row, in the target's own scale, the model's own
            Assert.Empty(smokeCase.Classes);
            Assert.Equal(predicted.Count, smokeCase.Expected.Length);
            for (var row = 0; row < predicted.Count; row++)
            {
                Assert.Equal(predicted[row], Assert.Single(smokeCase.Expected[row]), 1e-6 * Math.Max(1, Math.Abs(predicted[row])));
            }
        }

        private string Write(string text)
        {
            var path = Path.Combine(_folder, "test-predictions.csv");
            File.WriteAllText(path, text);
            return path;
        }
    }
}
