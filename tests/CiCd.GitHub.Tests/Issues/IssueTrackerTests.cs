using CiCd.GitHub.Issues;
using CiCd.GitHub.PullRequests;
using CiCd.GitHub.Tests.Fakes;

namespace CiCd.GitHub.Tests.Issues;

public static class IssueTrackerTests
{
    public sealed class TheUpsertAsyncMethod
    {
        private static readonly CommentMarker Drift = new("cicd-drift");
        private readonly FakeGitHub _github = new();

        private Task<IssueResult> Upsert(string markdown) =>
            new IssueTracker(_github.Client()).UpsertAsync(Drift, "Drift detected: credit", markdown, "drift", CancellationToken.None);

        [Fact]
        public async Task Should_Open_A_Labelled_Issue_When_None_Is_Open()
        {
            // When
            var result = await Upsert("age moved");

            // Then
            var issue = Assert.Single(_github.Issues);
            Assert.True(result.Created);
            Assert.Equal(("Drift detected: credit", "<!-- cicd-drift -->\nage moved", "drift"), (issue.Title, issue.Body, Assert.Single(issue.Labels)));
        }

        [Fact]
        public async Task Should_Update_The_Open_Drift_Issue_Instead_Of_Opening_Another()
        {
            // Given
            await Upsert("monday");

            // When
            var result = await Upsert("tuesday");

            // Then
            var issue = Assert.Single(_github.Issues);
            Assert.False(result.Created);
            Assert.EndsWith("tuesday", issue.Body, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_Open_A_New_Issue_When_The_Last_One_Was_Closed()
        {
            // Given
            _github.Issues.Add(new FakeIssue(5, "Drift detected: credit", "<!-- cicd-drift -->\nold", ["drift"], Open: false));

            // When
            var result = await Upsert("again");

            // Then
            Assert.True(result.Created);
            Assert.Equal(2, _github.Issues.Count);
        }

        [Fact]
        public async Task Should_Find_Its_Issue_Even_When_GitHub_Dropped_The_Label()
        {
            // Given
            _github.Issues.Add(new FakeIssue(3, "Drift detected: credit", "<!-- cicd-drift -->\nyesterday", []));

            // When
            var result = await Upsert("today");

            // Then
            Assert.Equal((3L, false), (result.Number, result.Created));
            Assert.Single(_github.Issues);
        }

        [Fact]
        public async Task Should_Not_Mistake_A_Pull_Request_For_The_Issue()
        {
            // Given
            _github.Issues.Add(new FakeIssue(9, "Retrain", "<!-- cicd-drift -->\nquoted", ["drift"], IsPullRequest: true));

            // When
            var result = await Upsert("drift");

            // Then
            Assert.True(result.Created);
            Assert.Equal("<!-- cicd-drift -->\nquoted", _github.Issues.Single(i => i.Number == 9).Body);
        }
    }
}
