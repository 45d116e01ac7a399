using CiCd.GitHub.PullRequests;

namespace CiCd.GitHub.Tests.PullRequests;

public static class CommentMarkerTests
{
    public sealed class TheConstructor
    {
        [Theory]
        [InlineData("")]
        [InlineData("Report")]
        [InlineData("a b")]
        [InlineData("x-->")]
        public void Should_Refuse_A_Key_That_Could_Break_The_Html_Comment(string key) =>
            Assert.Throws<ArgumentException>(() => new CommentMarker(key));
    }

    public sealed class TheOpensMethod
    {
        [Theory]
        [InlineData("<!-- cicd-report -->\nbody", true)]
        [InlineData("<!-- cicd-report -->", true)]
        [InlineData(" <!-- cicd-report -->", false)]
        [InlineData("> <!-- cicd-report -->", false)]
        [InlineData("<!-- cicd-report-2 -->", false)]
        [InlineData(null, false)]
        public void Should_Recognise_Only_A_Body_That_Starts_With_The_Marker(string? body, bool expected) =>
            Assert.Equal(expected, CommentMarker.Report.Opens(body));
    }
}
