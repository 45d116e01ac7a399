namespace CiCd.Workflows.Tests.Runner;

/// <summary>monitor.yml's reaction to red (`mlops github drift-alert`, which the Monitor target runs) as a runner runs it.</summary>
public sealed class DriftAlertStepTests : IDisposable
{
    private readonly GitHubApiServer _github = new();
    private readonly GitWorkspace _checkout = new();
    private readonly RunnerEnvironment _runner;

    public DriftAlertStepTests()
    {
        CreditPipeline.WriteTo(_checkout, l2Regularization: 1);
        Directory.CreateDirectory(Path.Combine(_checkout.Folder, "out", "drift"));
        File.WriteAllText(Path.Combine(_checkout.Folder, "out", "drift", "drift.md"), "## Drift: 🔴 4 of 20 features moved\n");
        _runner = new RunnerEnvironment(_checkout.Folder, _github) { EventName = "schedule", RefName = "master" };
    }

    public void Dispose()
    {
        try
        {
            _github.Dispose();
        }
        finally
        {
            _checkout.Dispose();
        }
    }

    [Fact]
    public void Should_Open_One_Drift_Issue_As_The_Config_Says_And_Update_It_The_Next_Day()
    {
        // When: two scheduled runs, monitor.on_drift left at its default.
        var first = _runner.Run("github", "drift-alert");
        var second = _runner.Run("github", "drift-alert");

        // Then
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        var issue = Assert.Single(_github.GitHub.Issues);
        Assert.Equal(("Drift detected: german-credit", "drift"), (issue.Title, Assert.Single(issue.Labels)));
        Assert.StartsWith("<!-- cicd-drift -->\n## Drift: 🔴", issue.Body, StringComparison.Ordinal);
        Assert.Empty(_github.GitHub.Dispatches);
    }

    [Fact]
    public void Should_Dispatch_Retraining_On_Developer_When_Asked_On_Demand()
    {
        // When: the dispatch input, as monitor.yml passes it through env.
        var step = _runner.Run("github", "drift-alert", "--on-drift", "retrain");

        // Then
        Assert.True(step.ExitCode == 0, step.ToString());
        var (workflow, branch, _) = Assert.Single(_github.GitHub.Dispatches);
        Assert.Equal(("retrain.yml", "developer"), (workflow, branch));
        Assert.Empty(_github.GitHub.Issues);
    }

    [Theory]
    [InlineData("retrain", 1, 0)]
    [InlineData("config", 0, 1)]
    [InlineData("", 0, 1)]
    public void Should_Take_The_Dispatch_Input_From_The_Steps_Env(string input, int dispatches, int issues)
    {
        // Given: monitor.yml's `MLOPS_ON_DRIFT: ${{ inputs.on-drift }}` (empty on a schedule).
        _runner.StepEnv["MLOPS_ON_DRIFT"] = input;

        // When
        var step = _runner.Run("github", "drift-alert");

        // Then
        Assert.True(step.ExitCode == 0, step.ToString());
        Assert.Equal((dispatches, issues), (_github.GitHub.Dispatches.Count, _github.GitHub.Issues.Count));
    }

    [Fact]
    public void Should_Refuse_An_Unknown_Reaction()
    {
        // When
        var step = _runner.Run("github", "drift-alert", "--on-drift", "page-someone");

        // Then
        Assert.Equal(2, step.ExitCode);
        Assert.Empty(_github.GitHub.Requests);
    }
}
