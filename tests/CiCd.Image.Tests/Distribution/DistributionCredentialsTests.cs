using System.Text;
using CiCd.Errors;
using CiCd.Image.Distribution;

namespace CiCd.Image.Tests.Distribution;

public static class DistributionCredentialsTests
{
    public sealed class TheFindMethod : IDisposable
    {
        private readonly string _home = Directory.CreateTempSubdirectory("cicd-home-").FullName;

        public void Dispose() => Directory.Delete(_home, recursive: true);

        [Fact]
        public void Should_Prefer_The_Environment()
        {
            // Given
            WriteConfig(Auths("127.0.0.1:5000", Base64("file:secret")));
            var environment = new Dictionary<string, string?> { ["MLOPS_REGISTRY_USERNAME"] = "ci", ["MLOPS_REGISTRY_PASSWORD"] = "token" };

            // When
            var credentials = DistributionCredentials.Find("127.0.0.1:5000", environment, _home);

            // Then
            Assert.Equal(("ci", "token", "environment"), (credentials!.Username, credentials.Password, credentials.Source));
        }

        [Theory]
        [InlineData("127.0.0.1:5000")]
        [InlineData("https://127.0.0.1:5000/v1/")]
        public void Should_Read_The_Docker_Config_Entry_Of_The_Host(string key)
        {
            // Given
            WriteConfig(Auths(key, Base64("deploy:pa:ss")));

            // When
            var credentials = DistributionCredentials.Find("127.0.0.1:5000", new Dictionary<string, string?>(), _home);

            // Then
            Assert.Equal(("deploy", "pa:ss"), (credentials!.Username, credentials.Password));
        }

        [Fact]
        public void Should_Use_The_Workflow_Token_As_Its_Actor_For_GitHubs_Registry()
        {
            // Given
            var environment = new Dictionary<string, string?> { ["GITHUB_TOKEN"] = "ghs_abc", ["GITHUB_ACTOR"] = "octocat" };

            // When
            var credentials = DistributionCredentials.Find("ghcr.io", environment, _home);

            // Then
            Assert.Equal(("octocat", "ghs_abc", "GITHUB_TOKEN"), (credentials!.Username, credentials.Password, credentials.Source));
        }

        [Fact]
        public void Should_Never_Send_The_Workflow_Token_To_Another_Registry()
        {
            // Given
            var environment = new Dictionary<string, string?> { ["GITHUB_TOKEN"] = "ghs_abc", ["GITHUB_ACTOR"] = "octocat" };

            // When
            var credentials = DistributionCredentials.Find("registry.example.com", environment, _home);

            // Then
            Assert.Null(credentials);
        }

        [Fact]
        public void Should_Prefer_A_Docker_Login_To_The_Workflow_Token()
        {
            // Given
            WriteConfig(Auths("ghcr.io", Base64("deploy:pat")));
            var environment = new Dictionary<string, string?> { ["GITHUB_TOKEN"] = "ghs_abc" };

            // When
            var credentials = DistributionCredentials.Find("ghcr.io", environment, _home);

            // Then
            Assert.Equal(("deploy", "pat"), (credentials!.Username, credentials.Password));
        }

        [Fact]
        public void Should_Be_Anonymous_When_Nothing_Is_Configured_For_The_Host()
        {
            // Given
            WriteConfig(Auths("other.example.com", Base64("a:b")));

            // When
            var credentials = DistributionCredentials.Find("127.0.0.1:5000", new Dictionary<string, string?>(), _home);

            // Then
            Assert.Null(credentials);
        }

        [Fact]
        public void Should_Honour_DOCKER_CONFIG()
        {
            // Given
            var folder = Directory.CreateDirectory(Path.Combine(_home, "elsewhere")).FullName;
            File.WriteAllText(Path.Combine(folder, "config.json"), Auths("r.example.com", Base64("x:y")));

            // When
            var credentials = DistributionCredentials.Find("r.example.com", new Dictionary<string, string?> { ["DOCKER_CONFIG"] = folder }, "/nonexistent");

            // Then
            Assert.Equal("x", credentials!.Username);
        }

        [Theory]
        [InlineData("""{"auths":{"127.0.0.1:5000":{"auth":"***"}}}""", "not base64")]
        [InlineData("""{"auths":{"127.0.0.1:5000":{"auth":"bm9jb2xvbg=="}}}""", "user:password")]
        [InlineData("""{"auths": [""", "not valid JSON")]
        public void Should_Name_The_File_When_The_Entry_Is_Broken(string json, string problem)
        {
            // Given
            var file = WriteConfig(json);

            // When
            var error = Assert.Throws<InputException>(() => DistributionCredentials.Find("127.0.0.1:5000", new Dictionary<string, string?>(), _home));

            // Then
            Assert.Equal(file, error.File);
            Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        }

        private string WriteConfig(string json)
        {
            var folder = Directory.CreateDirectory(Path.Combine(_home, ".docker")).FullName;
            var file = Path.Combine(folder, "config.json");
            File.WriteAllText(file, json);
            return file;
        }

        private static string Auths(string key, string auth) =>
            System.Text.Json.JsonSerializer.Serialize(new { auths = new Dictionary<string, object> { [key] = new { auth } } });

        private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
    }
}
