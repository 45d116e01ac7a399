using CiCd.GitHub.PullRequests;

namespace CiCd.GitHub.Tests.PullRequests;

public static class CommentBodyTests
{
    public sealed class TheComposeMethod
    {
        [Fact]
        public void Should_Open_With_The_Hidden_Marker()
        {
            // When
            var body = CommentBody.Compose(CommentMarker.Report, "## Gate");

            // Then
            Assert.Equal("<!-- cicd-report -->\n## Gate", body);
        }

        [Theory]
        [InlineData(65_536)]
        [InlineData(65_537)]
        [InlineData(1_000_000)]
        public void Should_Stay_Within_65536_Characters_Marker_Included(int length)
        {
            // Given
            var markdown = new string('a', length);

            // When
            var body = CommentBody.Compose(CommentMarker.Report, markdown);

            // Then
            Assert.True(body.Length <= CommentBody.MaxCharacters, $"{body.Length}");
            Assert.True(CommentMarker.Report.Opens(body));
            Assert.EndsWith(CommentBody.TruncatedNotice, body, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Keep_A_Report_Exactly_At_The_Limit_Whole()
        {
            // Given
            var room = CommentBody.MaxCharacters - CommentMarker.Report.Html.Length - 1;
            var markdown = new string('a', room);

            // When
            var body = CommentBody.Compose(CommentMarker.Report, markdown);

            // Then
            Assert.Equal(CommentBody.MaxCharacters, body.Length);
            Assert.EndsWith(markdown, body, StringComparison.Ordinal);
        }
    }
}
