using CiCd.Errors;
using CiCd.Reporting.Sources;
using CiCd.Reporting.Tests.Fixtures;
using CiCd.Testing.Workspace;

namespace CiCd.Reporting.Tests.Sources;

public static class TestPredictionsTests
{
    public sealed class TheReadMethod : IDisposable
    {
        private readonly TempFolder _folder = new();

        [Fact]
        public void Should_Read_Lines_Classes_And_Probabilities()
        {
            // Given
            var path = Write("line,actual,p_good,p_bad\n2,bad,0.25,0.75\n5,good,0.9,0.1\n");

            // When
            var predictions = TestPredictions.Read(path, ["good", "bad"]);

            // Then
            Assert.Equal([2, 5], predictions.Lines);
            Assert.Equal([1, 0], predictions.Actual);
            Assert.Equal([0.25, 0.75], predictions.Probabilities[0]);
        }

        [Theory]
        [InlineData("line,actual,p_good\n2,bad,0.25\n", 1, "expected the header line,actual,p_good,p_bad")]
        [InlineData("line,actual,p_good,p_bad\n2,bad,0.25,0.75\n3,ugly,0.5,0.5\n", 3, "class 'ugly' is not one of good, bad")]
        [InlineData("line,actual,p_good,p_bad\n2,bad,0.25,x\n", 2, "'x' is not a finite number")]
        public void Should_Name_The_File_And_Line_Of_Bad_Input(string text, int line, string problem)
        {
            // Given
            var path = Write(text);

            // When
            var error = Assert.Throws<InputException>(() => TestPredictions.Read(path, ["good", "bad"]));

            // Then
            Assert.Equal(path, error.File);
            Assert.Equal(line, error.Line);
            Assert.StartsWith(problem, error.Problem, StringComparison.Ordinal);
        }

        public void Dispose() => _folder.Dispose();

        private string Write(string text)
        {
            var path = _folder.PathOf("test-predictions.csv");
            File.WriteAllText(path, text);
            return path;
        }
    }
}
