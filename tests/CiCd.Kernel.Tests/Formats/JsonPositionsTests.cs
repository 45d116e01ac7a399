using System.Text;
using CiCd.Formats;

namespace CiCd.Kernel.Tests.Formats;

public sealed class JsonPositionsTests
{
    public sealed class TheAtMethod
    {
        private const string Json = "{\n  \"versions\": [\n    { \"version\": 1 },\n    {\n      \"model_file\": \"x\"\n    }\n  ],\n  \"aliases\": {}\n}";

        [Theory]
        [InlineData("$.versions", 2, 3)]
        [InlineData("$.versions[0]", 3, 5)]
        [InlineData("$.versions[0].version", 3, 7)]
        [InlineData("$.versions[1].model_file", 5, 7)]
        [InlineData("$.aliases", 8, 3)]
        public void Should_Give_The_Line_And_Column_Of_A_Path(string path, int line, int column)
        {
            // Given
            var positions = JsonPositions.Of(Encoding.UTF8.GetBytes(Json));

            // When
            var at = positions.At(path);

            // Then
            Assert.Equal((line, column), at);
        }

        [Fact]
        public void Should_Fall_Back_To_The_Nearest_Enclosing_Path()
        {
            // Given
            var positions = JsonPositions.Of(Encoding.UTF8.GetBytes(Json));

            // When
            var at = positions.At("$.versions[1].card_file");

            // Then
            Assert.Equal((4, 5), at);
        }
    }
}
