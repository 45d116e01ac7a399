using System.Net;
using CiCd.GitHub.Api;
using CiCd.GitHub.PullRequests;
using CiCd.GitHub.Tests.Fakes;

namespace CiCd.GitHub.Tests.PullRequests;

public static class PullRequestCommentsTests
{
    public sealed class TheUpsertAsyncMethod
    {
        private const int Pull = 42;
        private readonly FakeGitHub _github = new();

        private Task<CommentResult> Upsert(string markdown) =>
            new PullRequestComments(_github.Client()).UpsertAsync(Pull, CommentMarker.Report, markdown, CancellationToken.None);

        [Fact]
        public async Task Should_Create_The_Comment_When_None_Has_The_Marker()
        {
            // Given
            _github.AddComment(Pull, "LGTM");

            // When
            var result = await Upsert("## Gate: passed");

            // Then
            Assert.Equal(CommentOutcome.Created, result.Outcome);
            var mine = Assert.Single(_github.Comments, c => c.Body.StartsWith("<!-- cicd-report -->", StringComparison.Ordinal));
            Assert.Equal("<!-- cicd-report -->\n## Gate: passed", mine.Body);
            Assert.Equal(mine.Id, result.Id);
        }

        [Fact]
        public async Task Should_Edit_The_Marked_Comment_In_Place_When_It_Exists()
        {
            // Given
            var existing = _github.AddComment(Pull, "<!-- cicd-report -->\n## Gate: failed");
            _github.AddComment(Pull, "please retrain");

            // When
            var result = await Upsert("## Gate: passed");

            // Then
            Assert.Equal((CommentOutcome.Updated, existing.Id), (result.Outcome, result.Id));
            Assert.Equal(2, _github.Comments.Count);
            Assert.Equal("<!-- cicd-report -->\n## Gate: passed", _github.Comments.Single(c => c.Id == existing.Id).Body);
            Assert.Contains(_github.Requests, r => r.Method == "PATCH" && r.Path == $"repos/{FakeGitHub.Repository}/issues/comments/{existing.Id}");
        }

        [Fact]
        public async Task Should_Never_Add_A_Second_Comment_Over_Many_Pushes()
        {
            // Given
            var pushes = Enumerable.Range(1, 5).Select(i => $"## Run {i}").ToList();

            // When
            foreach (var report in pushes)
            {
                await Upsert(report);
            }

            // Then
            var mine = Assert.Single(_github.Comments);
            Assert.EndsWith("## Run 5", mine.Body, StringComparison.Ordinal);
            Assert.Single(_github.Requests, r => r.Method == "POST");
        }

        [Fact]
        public async Task Should_Send_Nothing_When_The_Text_Did_Not_Change()
        {
            // Given
            _github.AddComment(Pull, "<!-- cicd-report -->\n## Same");

            // When
            var result = await Upsert("## Same");

            // Then
            Assert.Equal(CommentOutcome.Unchanged, result.Outcome);
            Assert.All(_github.Requests, r => Assert.Equal("GET", r.Method));
        }

        [Fact]
        public async Task Should_Find_The_Marked_Comment_Beyond_The_First_Page()
        {
            // Given
            for (var i = 0; i < 150; i++)
            {
                _github.AddComment(Pull, $"comment {i}");
            }
            var existing = _github.AddComment(Pull, "<!-- cicd-report -->\nold");

            // When
            var result = await Upsert("new");

            // Then
            Assert.Equal((CommentOutcome.Updated, existing.Id), (result.Outcome, result.Id));
            Assert.Equal(151, _github.Comments.Count);
            Assert.Contains(_github.Requests, r => r.PathAndQuery.EndsWith("per_page=100&page=2", StringComparison.Ordinal));
        }

        [Fact]
        public async Task Should_Not_Take_A_Comment_That_Only_Quotes_The_Marker()
        {
            // Given
            _github.AddComment(Pull, "> <!-- cicd-report -->\n> the gate failed, why?");

            // When
            var result = await Upsert("## Gate");

            // Then
            Assert.Equal(CommentOutcome.Created, result.Outcome);
            Assert.Equal(2, _github.Comments.Count);
        }

        [Fact]
        public async Task Should_Keep_Other_Markers_Comments_Apart()
        {
            // Given
            var drift = _github.AddComment(Pull, "<!-- cicd-drift -->\ndrift");

            // When
            await Upsert("## Gate");

            // Then
            Assert.Equal("<!-- cicd-drift -->\ndrift", _github.Comments.Single(c => c.Id == drift.Id).Body);
            Assert.Equal(2, _github.Comments.Count);
        }

        [Fact]
        public async Task Should_Update_The_Oldest_When_Duplicates_Were_Left_By_Another_Tool()
        {
            // Given
            var oldest = _github.AddComment(Pull, "<!-- cicd-report -->\none");
            var newer = _github.AddComment(Pull, "<!-- cicd-report -->\ntwo");

            // When
            var result = await Upsert("three");

            // Then
            Assert.Equal(oldest.Id, result.Id);
            Assert.Equal("<!-- cicd-report -->\ntwo", _github.Comments.Single(c => c.Id == newer.Id).Body);
        }

        [Fact]
        public async Task Should_Cut_A_Huge_Report_Under_GitHubs_Comment_Limit()
        {
            // Given
            var huge = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"| row {i} | 0.1234 |\n"));

            // When
            var result = await Upsert(huge);

            // Then
            var body = Assert.Single(_github.Comments).Body;
            Assert.True(result.Truncated);
            Assert.True(body.Length <= CommentBody.MaxCharacters, $"{body.Length} characters");
            Assert.EndsWith(CommentBody.TruncatedNotice, body, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_Authenticate_With_The_Token_And_Ask_For_The_Api_Version()
        {
            // When
            await Upsert("x");

            // Then
            Assert.All(_github.Requests, r =>
            {
                Assert.Equal($"Bearer {FakeGitHub.Token}", r.Headers["Authorization"]);
                Assert.Equal(GitHubClient.ApiVersion, r.Headers["X-GitHub-Api-Version"]);
                Assert.Equal("application/vnd.github+json", r.Headers["Accept"]);
            });
        }

        [Fact]
        public async Task Should_Fail_With_GitHubs_Message_When_The_Token_May_Not_Write()
        {
            // Given
            _github.FailWith = (HttpStatusCode.Forbidden, "Resource not accessible by integration");

            // When
            var error = await Assert.ThrowsAsync<GitHubApiException>(() => Upsert("x"));

            // Then
            Assert.Equal(HttpStatusCode.Forbidden, error.Status);
            Assert.Contains("Resource not accessible by integration", error.Message, StringComparison.Ordinal);
            Assert.Empty(_github.Comments);
        }
    }
}
