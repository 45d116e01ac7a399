using System.Text.Json;

namespace CiCd.Workflows.Tests.Runner;

/// <summary>
/// The GitHub half of release.yml's Release target as a runner runs it on master: the version from the tags of a
/// full clone, notes from the certified card and gate report, and the GitHub Release (which creates the tag).
/// </summary>
public sealed class ReleaseStepsTests : IDisposable
{
    private readonly GitHubApiServer _github = new();
    private readonly GitWorkspace _checkout = new();
    private readonly RunnerEnvironment _runner;

    public ReleaseStepsTests()
    {
        CreditPipeline.WriteTo(_checkout, l2Regularization: 1);
        _checkout.Git("tag", "v1.0.0");
        _checkout.Commit("README.md", "second release\n");
        _checkout.Git("tag", "v1.0.1");
        var head = _checkout.Commit("NOTES.md", "third release\n");
        _runner = new RunnerEnvironment(_checkout.Folder, _github) { RefName = "master", Sha = head };
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

    private StepResult Step(params string[] arguments)
    {
        var step = _runner.Run(arguments);
        Assert.True(step.ExitCode == 0, $"mlops {string.Join(' ', arguments)}: {step}");
        return step;
    }

    // The model is this test's input, not its subject: the run's other jobs on the same pipeline trained it already.
    private void TrainAndGate()
    {
        CreditPipeline.Train(arguments => Step(arguments));
        Step("gate");
    }

    [Fact]
    public void Should_Publish_The_Next_Version_At_The_Commit_With_Notes_From_Card_And_Gate()
    {
        // Given
        TrainAndGate();

        // When
        var version = JsonDocument.Parse(Step("release", "version", "--json", "--out", "out/release/version.json").Output).RootElement;
        Step("release", "notes", "--image", "ghcr.io/acme/credit@sha256:" + new string('a', 64));
        Step("release", "publish");

        // Then
        Assert.Equal(("v1.0.2", "v1.0.1"), (version.GetProperty("tag").GetString(), version.GetProperty("previous").GetString()));
        var release = Assert.Single(_github.GitHub.Releases);
        Assert.Equal(("v1.0.2", _runner.Sha), (release.Tag, release.Commit));
        Assert.StartsWith("# german-credit 1.0.2\n", release.Body, StringComparison.Ordinal);
        Assert.Contains("## Gate: ✅ passed", release.Body, StringComparison.Ordinal);
        Assert.Contains("`ghcr.io/acme/credit@sha256:aaaa", release.Body, StringComparison.Ordinal);
        Assert.Contains("**Previous release**: `v1.0.1`", release.Body, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_checkout.Folder, "out", "release", "version.json")));
    }

    [Fact]
    public void Should_Update_The_Same_Release_When_The_Job_Is_Rerun()
    {
        // Given
        TrainAndGate();
        Step("release", "notes");
        Step("release", "publish");
        // The tag now exists on the commit, as the Releases API made it.
        _checkout.Git("tag", "v1.0.2", _runner.Sha);

        // When
        var rerun = Step("release", "version", "--json");
        Step("release", "notes");
        Step("release", "publish");

        // Then
        Assert.Equal("v1.0.2", JsonDocument.Parse(rerun.Output).RootElement.GetProperty("tag").GetString());
        Assert.Single(_github.GitHub.Releases);
        Assert.Single(_github.GitHub.Requests, r => r.Method == "POST");
    }

    [Fact]
    public void Should_Refuse_To_Count_Versions_In_A_Shallow_Clone()
    {
        // Given
        var shallow = Directory.CreateTempSubdirectory("cicd-shallow-").FullName;
        Directory.Delete(shallow);
        _checkout.Git("clone", "-q", "--depth", "1", "--no-tags", $"file://{_checkout.Folder}", shallow);
        var runner = new RunnerEnvironment(shallow, _github) { RefName = "master", Sha = _runner.Sha };

        try
        {
            // When
            var step = runner.Run("release", "version");

            // Then
            Assert.Equal(2, step.ExitCode);
            Assert.Contains("fetch-depth: 0", step.Error, StringComparison.Ordinal);
            Assert.Empty(_github.GitHub.Releases);
        }
        finally
        {
            foreach (var file in Directory.EnumerateFiles(shallow, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }
            Directory.Delete(shallow, recursive: true);
        }
    }
}
