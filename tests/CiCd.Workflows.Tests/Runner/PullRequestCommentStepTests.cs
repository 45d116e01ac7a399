namespace CiCd.Workflows.Tests.Runner;

/// <summary>ci.yml's comment step (`mlops github comment`, which PullRequestComment runs) as a runner runs it.</summary>
public sealed class PullRequestCommentStepTests : IDisposable
{
    private const string PullRequestPayload =
        """{"action":"synchronize","number":12,"pull_request":{"number":12,"head":{"repo":{"full_name":"HEAD"}},"base":{"repo":{"full_name":"acme/credit"}}}}""";

    private readonly GitHubApiServer _github = new();
    private readonly string _workspace = Directory.CreateTempSubdirectory("cicd-runner-").FullName;
    private readonly RunnerEnvironment _runner;

    public PullRequestCommentStepTests()
    {
        _runner = new RunnerEnvironment(_workspace, _github) { EventName = "pull_request", RefName = "12/merge" };
        _runner.WriteEvent(PullRequestPayload.Replace("HEAD", "acme/credit", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(_workspace, "out", "report"));
    }

    public void Dispose()
    {
        try
        {
            _github.Dispose();
        }
        finally
        {
            Directory.Delete(_workspace, recursive: true);
        }
    }

    private void Report(string markdown) => File.WriteAllText(Path.Combine(_workspace, "out", "report", "summary.md"), markdown);

    [Fact]
    public void Should_Leave_One_Comment_Edited_By_Each_Push()
    {
        // Given
        var pushes = new[] { ("1111111111111111111111111111111111111111", "## Gate: ❌ failed"), ("2222222222222222222222222222222222222222", "## Gate: ✅ passed") };

        // When
        foreach (var (sha, report) in pushes)
        {
            _runner.Sha = sha;
            Report(report);
            var step = _runner.Run("github", "comment", "--file", "out/report/summary.md");
            Assert.True(step.ExitCode == 0, step.ToString());
        }

        // Then
        var comment = Assert.Single(_github.GitHub.Comments);
        Assert.Equal(12, comment.Issue);
        Assert.StartsWith("<!-- cicd-report -->\n## Gate: ✅ passed", comment.Body, StringComparison.Ordinal);
        Assert.Contains("https://github.example.test/acme/credit/actions/runs/4242", comment.Body, StringComparison.Ordinal);
        Assert.Contains("`222222222222`", comment.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Replace_The_Last_Verdict_When_This_Run_Wrote_No_Report()
    {
        // Given
        Report("## Gate: ✅ passed");
        _runner.Run("github", "comment");
        File.Delete(Path.Combine(_workspace, "out", "report", "summary.md"));

        // When
        var step = _runner.Run("github", "comment");

        // Then
        Assert.Equal(0, step.ExitCode);
        Assert.Contains("## ❌ No report", Assert.Single(_github.GitHub.Comments).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Do_Nothing_On_A_Push()
    {
        // Given
        _runner.EventName = "push";
        _runner.WriteEvent("""{"ref":"refs/heads/developer"}""");
        Report("## Gate");

        // When
        var step = _runner.Run("github", "comment");

        // Then
        Assert.Equal(0, step.ExitCode);
        Assert.Contains("not a pull-request event", step.Output, StringComparison.Ordinal);
        Assert.Empty(_github.GitHub.Requests);
    }

    [Fact]
    public void Should_Leave_A_Forks_Pull_Request_To_The_Job_Summary()
    {
        // Given
        _runner.WriteEvent(PullRequestPayload.Replace("HEAD", "someone/credit", StringComparison.Ordinal));
        Report("## Gate");

        // When
        var step = _runner.Run("github", "comment");

        // Then
        Assert.Equal(0, step.ExitCode);
        Assert.Contains("fork", step.Output, StringComparison.Ordinal);
        Assert.Empty(_github.GitHub.Requests);
    }

    [Fact]
    public void Should_Append_The_Reports_To_The_Job_Summary()
    {
        // Given
        Report("## Gate: ✅ passed");

        // When
        var step = _runner.Run("github", "summary", "out/report/summary.md", "out/missing.md");

        // Then
        Assert.Equal(0, step.ExitCode);
        Assert.Equal("## Gate: ✅ passed\n\n", File.ReadAllText(_runner.StepSummary));
    }
}
