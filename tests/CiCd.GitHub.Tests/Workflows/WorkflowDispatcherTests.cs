using CiCd.GitHub.Api;
using CiCd.GitHub.Tests.Fakes;
using CiCd.GitHub.Workflows;

namespace CiCd.GitHub.Tests.Workflows;

public static class WorkflowDispatcherTests
{
    public sealed class TheDispatchAsyncMethod
    {
        private readonly FakeGitHub _github = new();

        [Fact]
        public async Task Should_Dispatch_The_Workflow_On_The_Branch()
        {
            // When
            await new WorkflowDispatcher(_github.Client()).DispatchAsync("ci.yml", "developer", new Dictionary<string, string>(), CancellationToken.None);

            // Then
            var (workflow, branch, inputs) = Assert.Single(_github.Dispatches);
            Assert.Equal(("ci.yml", "developer"), (workflow, branch));
            Assert.Null(inputs);
        }

        [Fact]
        public async Task Should_Pass_The_Inputs()
        {
            // When
            await new WorkflowDispatcher(_github.Client()).DispatchAsync("ci.yml", "developer",
                new Dictionary<string, string> { ["reason"] = "drift" }, CancellationToken.None);

            // Then
            Assert.Equal("drift", Assert.Single(_github.Dispatches).Inputs!.Value.GetProperty("reason").GetString());
        }

        [Fact]
        public async Task Should_Fail_When_The_Workflow_Does_Not_Exist()
        {
            // Given
            _github.FailWith = (System.Net.HttpStatusCode.NotFound, "Not Found");

            // When / Then
            await Assert.ThrowsAsync<GitHubApiException>(() =>
                new WorkflowDispatcher(_github.Client()).DispatchAsync("nope.yml", "developer", new Dictionary<string, string>(), CancellationToken.None));
        }
    }
}
