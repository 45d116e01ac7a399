using System.Text.Json;
using CiCd.Formats;
using CiCd.Metrics;

namespace CiCd.Kernel.Tests.Metrics;

public sealed class ConfusionMatrixTests
{
    public sealed class TheAccuracyProperty
    {
        [Fact]
        public void Should_Be_The_Share_Of_Rows_On_The_Diagonal_And_Written_To_Json()
        {
            // Given: 3 + 4 of 10 rows right
            var matrix = ConfusionMatrix.From(["good", "bad"], [0, 0, 0, 0, 1, 1, 1, 1, 1, 0], [0, 0, 0, 1, 1, 1, 1, 1, 0, 1]);

            // When
            var json = JsonSerializer.SerializeToElement(matrix, JsonReport.Options);

            // Then
            Assert.Equal(0.7, matrix.Accuracy);
            Assert.Equal(0.7, json.GetProperty("accuracy").GetDouble());
        }

        [Fact]
        public void Should_Be_Left_Out_Of_Json_For_A_Matrix_Without_Rows_Instead_Of_NaN()
        {
            // Given: a regression card's matrix
            var matrix = new ConfusionMatrix([], []);

            // When
            var json = JsonSerializer.Serialize(matrix, JsonReport.Options);

            // Then
            Assert.Null(matrix.Accuracy);
            Assert.DoesNotContain("accuracy", json, StringComparison.Ordinal);
            Assert.DoesNotContain("NaN", json, StringComparison.Ordinal);
        }
    }
}
