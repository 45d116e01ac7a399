using CiCd.Errors;
using CiCd.GitHub.Api;

namespace CiCd.GitHub.Tests.Api;

public static class GitHubContextTests
{
    public sealed class TheFromVariablesMethod
    {
        private static Func<string, string?> Variables(params (string Name, string Value)[] values) =>
            name => values.FirstOrDefault(v => v.Name == name).Value;

        [Fact]
        public void Should_Read_What_The_Runner_Sets()
        {
            // When
            var context = GitHubContext.FromVariables(Variables(
                ("GITHUB_REPOSITORY", "acme/credit"), ("GITHUB_TOKEN", "t"), ("GITHUB_EVENT_NAME", "pull_request"),
                ("GITHUB_EVENT_PATH", "/tmp/event.json"), ("GITHUB_SHA", "abc123")));

            // Then
            Assert.Equal(new GitHubContext(GitHubContext.DefaultApiUrl, "acme/credit", "t", "pull_request", "/tmp/event.json", "abc123"), context);
        }

        [Fact]
        public void Should_Use_A_GitHub_Enterprise_Api_Url_With_A_Trailing_Slash()
        {
            // When
            var context = GitHubContext.FromVariables(Variables(
                ("GITHUB_REPOSITORY", "acme/credit"), ("GITHUB_TOKEN", "t"), ("GITHUB_API_URL", "https://ghe.example.test/api/v3")));

            // Then
            Assert.Equal("https://ghe.example.test/api/v3/repos/acme/credit", new Uri(context.ApiUrl, "repos/acme/credit").ToString());
        }

        [Fact]
        public void Should_Link_The_Run_When_The_Runner_Names_It()
        {
            // When
            var context = GitHubContext.FromVariables(Variables(
                ("GITHUB_REPOSITORY", "acme/credit"), ("GITHUB_TOKEN", "t"), ("GITHUB_SERVER_URL", "https://github.com/"), ("GITHUB_RUN_ID", "123")));

            // Then
            Assert.Equal("https://github.com/acme/credit/actions/runs/123", context.RunUrl);
        }

        [Fact]
        public void Should_Name_The_Missing_Token()
        {
            // When
            var error = Assert.Throws<InputException>(() => GitHubContext.FromVariables(Variables(("GITHUB_REPOSITORY", "acme/credit"))));

            // Then
            Assert.Contains("GITHUB_TOKEN", error.Message, StringComparison.Ordinal);
            Assert.Contains("secrets.GITHUB_TOKEN", error.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("credit")]
        [InlineData("acme/")]
        [InlineData("a/b/c")]
        public void Should_Refuse_A_Repository_That_Is_Not_Owner_Slash_Name(string repository)
        {
            // When
            var error = Assert.Throws<InputException>(() => GitHubContext.FromVariables(Variables(("GITHUB_REPOSITORY", repository), ("GITHUB_TOKEN", "t"))));

            // Then
            Assert.Contains("owner/name", error.Message, StringComparison.Ordinal);
        }
    }
}
