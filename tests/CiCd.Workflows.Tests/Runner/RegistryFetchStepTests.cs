using System.Diagnostics;
using CiCd.Workflows.Tests.Model;

namespace CiCd.Workflows.Tests.Runner;

/// <summary>
/// The "Shared model registry" step of ci.yml and of certification.yml's candidate job (plain git, no repository code)
/// run by bash as a runner runs it.
/// </summary>
public sealed class RegistryFetchStepTests : IDisposable
{
    private const string Branch = "mlops-registry";

    private readonly GitWorkspace _origin = GitWorkspace.Bare();
    private readonly GitWorkspace _checkout = new();
    private readonly DirectoryInfo _runnerTemp = Directory.CreateTempSubdirectory("cicd-runner-temp-");

    public void Dispose()
    {
        _origin.Dispose();
        _checkout.Dispose();
        _runnerTemp.Delete(recursive: true);
    }

    private string Models => Path.Combine(_checkout.Folder, "models");

    private string JobEnvironment => Path.Combine(_runnerTemp.FullName, "github-env");

    private string StepOutput => Path.Combine(_runnerTemp.FullName, "github-output");

    public static TheoryData<string, string> Jobs => new() { { "ci.yml", "ci" }, { "certification.yml", "candidate" } };

    // A commit on the registry branch of the origin, made in a scratch clone.
    private void PushRegistry(string file, string content)
    {
        using var writer = new GitWorkspace();
        writer.Commit("README.md", "registry");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(writer.Folder, file))!);
        writer.Commit(file, content);
        writer.Git("push", "-q", _origin.Folder, $"HEAD:refs/heads/{Branch}");
    }

    private (int ExitCode, string Error) RunStep(string repositoryUrl, string workflow = "ci.yml", string job = "ci")
    {
        var script = Workflow.Load(workflow).Job(job).Steps.Single(s => s.Node.Text("name") == "Shared model registry").Run!;
        // GitHub's own shell for run steps on Linux.
        var start = new ProcessStartInfo("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script])
        {
            WorkingDirectory = _checkout.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["GITHUB_TOKEN"] = "ghs_not_a_real_token";
        start.Environment["REPOSITORY_URL"] = repositoryUrl;
        start.Environment["RUNNER_TEMP"] = _runnerTemp.FullName;
        start.Environment["GITHUB_ENV"] = JobEnvironment;
        start.Environment["GITHUB_OUTPUT"] = StepOutput;
        start.Environment["MLOPS_REGISTRY_BRANCH"] = Branch;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error.Result);
    }

    [Theory]
    [MemberData(nameof(Jobs))]
    public void Should_Make_Models_Exactly_The_Branch_And_Note_The_Pull_When_The_Branch_Exists(string workflow, string job)
    {
        // Given: a registry on the branch, and a stale file in the checkout's models/
        PushRegistry("german-credit/registry.json", "{\"format\": 1}");
        Directory.CreateDirectory(Models);
        File.WriteAllText(Path.Combine(Models, "stale.txt"), "left by the pull request");

        // When
        var (exitCode, error) = RunStep(_origin.Folder, workflow, job);

        // Then
        Assert.True(exitCode == 0, error);
        Assert.Equal("{\"format\": 1}", File.ReadAllText(Path.Combine(Models, "german-credit", "registry.json")));
        Assert.False(File.Exists(Path.Combine(Models, "stale.txt")));
        Assert.Contains($"MLOPS_REGISTRY_PULLED={Branch}", File.ReadAllText(JobEnvironment), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Jobs))]
    public void Should_Leave_Models_Alone_When_The_Branch_Does_Not_Exist_Yet(string workflow, string job)
    {
        // Given: an origin with master only
        _checkout.Commit("README.md", "code");
        _checkout.Git("push", "-q", _origin.Folder, "HEAD:refs/heads/master");

        // When
        var (exitCode, error) = RunStep(_origin.Folder, workflow, job);

        // Then
        Assert.True(exitCode == 0, error);
        Assert.False(Directory.Exists(Models));
        Assert.Contains($"MLOPS_REGISTRY_PULLED={Branch}", File.ReadAllText(JobEnvironment), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Jobs))]
    public void Should_Fail_The_Step_When_The_Repository_Cannot_Be_Read(string workflow, string job)
    {
        // Given
        var missing = Path.Combine(_runnerTemp.FullName, "no-such-repository.git");

        // When
        var (exitCode, _) = RunStep(missing, workflow, job);

        // Then: a failed fetch must not pass for "no branch yet", or the gate would run without its champion
        Assert.NotEqual(0, exitCode);
        Assert.False(File.Exists(JobEnvironment));
    }

    [Fact]
    public void Should_Hand_The_Candidate_Job_Which_Commit_Of_The_Branch_It_Started_From()
    {
        // Given
        PushRegistry("german-credit/registry.json", "{\"format\": 1}");
        var head = _origin.Git("rev-parse", $"refs/heads/{Branch}").Trim();

        // When
        var (exitCode, error) = RunStep(_origin.Folder, "certification.yml", "candidate");

        // Then: certify pushes onto this commit or not at all
        Assert.True(exitCode == 0, error);
        Assert.Equal([$"commit={head}"], File.ReadAllLines(StepOutput));
    }

    [Fact]
    public void Should_Hand_The_Candidate_Job_An_Empty_Commit_Before_The_First_Certification()
    {
        // Given: an origin with master only
        _checkout.Commit("README.md", "code");
        _checkout.Git("push", "-q", _origin.Folder, "HEAD:refs/heads/master");

        // When
        var (exitCode, error) = RunStep(_origin.Folder, "certification.yml", "candidate");

        // Then: certify's pull finds no branch either, and the push creates it
        Assert.True(exitCode == 0, error);
        Assert.Equal(["commit="], File.ReadAllLines(StepOutput));
    }
}
