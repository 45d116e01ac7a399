using System.Text;
using CiCd.Registry.Sharing;

namespace CiCd.Registry.Tests.Sharing;

public static class GitCredentialsTests
{
    public sealed class TheFromMethod
    {
        [Theory]
        [InlineData(null)]
        [InlineData("")]
        public void Should_Add_Nothing_When_There_Is_No_Token(string? token)
        {
            // Given
            var variables = new Dictionary<string, string?> { ["GITHUB_TOKEN"] = token, ["GITHUB_SERVER_URL"] = "https://github.com" };

            // When
            var environment = GitCredentials.From(variables);

            // Then
            Assert.Empty(environment);
        }

        [Fact]
        public void Should_Send_The_Token_Only_To_The_GitHub_Server_As_A_Basic_Header()
        {
            // Given
            var variables = new Dictionary<string, string?> { ["GITHUB_TOKEN"] = "ghs_secret", ["GITHUB_SERVER_URL"] = "https://ghe.example.test/" };

            // When
            var environment = GitCredentials.From(variables);

            // Then
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("x-access-token:ghs_secret"));
            Assert.Equal("1", environment["GIT_CONFIG_COUNT"]);
            Assert.Equal("http.https://ghe.example.test/.extraheader", environment["GIT_CONFIG_KEY_0"]);
            Assert.Equal($"AUTHORIZATION: basic {basic}", environment["GIT_CONFIG_VALUE_0"]);
        }

        [Fact]
        public void Should_Assume_github_com_When_The_Server_Is_Not_Set()
        {
            // Given
            var variables = new Dictionary<string, string?> { ["GITHUB_TOKEN"] = "ghs_secret" };

            // When
            var environment = GitCredentials.From(variables);

            // Then
            Assert.Equal("http.https://github.com/.extraheader", environment["GIT_CONFIG_KEY_0"]);
        }
    }
}
