using CiCd.GitHub.Releases;
using CiCd.GitHub.Tests.Fakes;

namespace CiCd.GitHub.Tests.Releases;

public static class GitHubReleasesTests
{
    public sealed class ThePublishAsyncMethod
    {
        private const string Commit = "0123456789abcdef0123456789abcdef01234567";
        private readonly FakeGitHub _github = new();

        private Task<ReleaseResult> Publish(string notes) =>
            new GitHubReleases(_github.Client()).PublishAsync("v1.0.3", Commit, "v1.0.3", notes, CancellationToken.None);

        [Fact]
        public async Task Should_Create_The_Release_And_Its_Tag_At_The_Commit()
        {
            // When
            var result = await Publish("# credit 1.0.3");

            // Then
            var release = Assert.Single(_github.Releases);
            Assert.True(result.Created);
            Assert.Equal(("v1.0.3", Commit, "# credit 1.0.3"), (release.Tag, release.Commit, release.Body));
            Assert.Equal("true", _github.Requests.Single(r => r.Method == "POST").BodyText("make_latest"));
        }

        [Fact]
        public async Task Should_Update_The_Notes_When_The_Release_Exists()
        {
            // Given
            await Publish("first");

            // When
            var result = await Publish("second");

            // Then
            var release = Assert.Single(_github.Releases);
            Assert.False(result.Created);
            Assert.Equal("second", release.Body);
        }

        [Fact]
        public async Task Should_Cut_Notes_Over_GitHubs_Limit()
        {
            // When
            await Publish(new string('n', 200_000));

            // Then
            var body = Assert.Single(_github.Releases).Body;
            Assert.True(body.Length <= GitHubReleases.MaxBodyCharacters);
            Assert.EndsWith(GitHubReleases.TruncatedNotice, body, StringComparison.Ordinal);
        }
    }
}
