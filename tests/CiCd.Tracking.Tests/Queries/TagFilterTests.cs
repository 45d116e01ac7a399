using CiCd.Errors;
using CiCd.Tracking.Queries;

namespace CiCd.Tracking.Tests.Queries;

public static class TagFilterTests
{
    public sealed class TheParseMethod
    {
        [Fact]
        public void Should_Split_At_The_First_Equals_Sign()
        {
            // Given
            var text = "note=a=b";

            // When
            var filter = TagFilter.Parse(text);

            // Then
            Assert.Equal(new TagFilter("note", "a=b"), filter);
        }

        [Theory]
        [InlineData("candidate")]
        [InlineData("=lightgbm")]
        public void Should_Refuse_Text_Without_A_Name_And_Equals_Sign(string text)
        {
            // Given
            var expected = $"tag filter '{text}' must look like name=value";

            // When
            var error = Assert.Throws<InputException>(() => TagFilter.Parse(text));

            // Then
            Assert.Equal(expected, error.Message);
        }
    }
}
