using CiCd.Errors;
using CiCd.GitHub.PullRequests;

namespace CiCd.GitHub.Tests.PullRequests;

public static class PullRequestEventTests
{
    public sealed class TheReadMethod : IDisposable
    {
        private readonly string _file = Path.Combine(Path.GetTempPath(), $"event-{Guid.NewGuid():N}.json");

        public void Dispose() => File.Delete(_file);

        private static string Payload(string head) =>
            """{"action":"synchronize","number":7,"pull_request":{"number":7,"head":{"repo":{"full_name":"HEAD"}},"base":{"repo":{"full_name":"acme/credit"}}}}"""
                .Replace("HEAD", head, StringComparison.Ordinal);

        [Fact]
        public void Should_Read_The_Number_From_A_Pull_Request_Payload()
        {
            // Given
            File.WriteAllText(_file, Payload("acme/credit"));

            // When
            var pull = PullRequestEvent.Read(_file);

            // Then
            Assert.Equal(new PullRequestEvent(7, "acme/credit", "acme/credit"), pull);
            Assert.False(pull!.FromFork);
        }

        [Fact]
        public void Should_Tell_A_Pull_Request_From_A_Fork()
        {
            // Given
            File.WriteAllText(_file, Payload("someone/credit"));

            // When
            var pull = PullRequestEvent.Read(_file);

            // Then
            Assert.True(pull!.FromFork);
        }

        [Fact]
        public void Should_Return_Null_For_A_Push_Payload()
        {
            // Given
            File.WriteAllText(_file, """{"ref":"refs/heads/developer","after":"abc"}""");

            // When / Then
            Assert.Null(PullRequestEvent.Read(_file));
        }

        [Theory]
        [InlineData("not json")]
        [InlineData("""{"pull_request":{"number":"seven"}}""")]
        [InlineData("""{"pull_request":{"number":7}}""")]
        public void Should_Name_The_File_When_The_Payload_Is_Malformed(string payload)
        {
            // Given
            File.WriteAllText(_file, payload);

            // When
            var error = Assert.Throws<InputException>(() => PullRequestEvent.Read(_file));

            // Then
            Assert.Equal(_file, error.File);
        }

        [Fact]
        public void Should_Name_A_Missing_Payload_File()
        {
            // When
            var error = Assert.Throws<InputException>(() => PullRequestEvent.Read(_file));

            // Then
            Assert.Contains("GITHUB_EVENT_PATH", error.Message, StringComparison.Ordinal);
        }
    }
}
