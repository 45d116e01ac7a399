using CiCd.Workflows.Tests.Model;

namespace CiCd.Workflows.Tests;

/// <summary>
/// What a job that runs the test projects must give them on a GitHub-hosted runner, where the user is not root and
/// nothing is started: the components the fixtures would otherwise start, named in the MLOPS_TEST_* variables.
/// </summary>
public static class RealComponents
{
    /// <summary>The variables the fixtures read, with the value each job sets.</summary>
    public static IReadOnlyDictionary<string, string> Variables { get; } = new Dictionary<string, string>
    {
        // ProvidedPostgres.Variable in tests/CiCd.Tracking.Tests.
        ["MLOPS_TEST_POSTGRES"] = "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres",
        [CiCd.Testing.Docker.Prerequisites.EngineVariable] = "unix:///var/run/docker.sock",
        [CiCd.Testing.Docker.Prerequisites.RegistryVariable] = "127.0.0.1:5000",
        [CiCd.Testing.Docker.Prerequisites.ReadOnlyRegistryVariable] = "127.0.0.1:5001",
        // The Dockerfile's default base, by the same digest (docs/ci-cd.md, "Image pins").
        [CiCd.Testing.Docker.Prerequisites.BaseImageVariable] =
            "mcr.microsoft.com/dotnet/runtime-deps:10.0@sha256:894098eafc82e5fa02ba9f2b71d426dc78252876b9e914caae77ed95cfce185a",
    };

    public static void AssertProvidedTo(WorkflowJob job)
    {
        Assert.Equal(Variables, job.Env.Where(e => Variables.ContainsKey(e.Key)).ToDictionary());
        Assert.Equal(["postgres", "registry", "registry-readonly"], job.Services.Keys.Order(StringComparer.Ordinal));

        var postgres = job.Services["postgres"];
        Assert.Equal(["5432:5432"], postgres.Child("ports").Texts());
        Assert.Equal("postgres", postgres.Child("env").Text("POSTGRES_PASSWORD"));
        // The job starts when the server accepts connections, not when the container exists.
        Assert.Contains("--health-cmd \"pg_isready -U postgres\"", postgres.Text("options"), StringComparison.Ordinal);

        Assert.Equal(["5000:5000"], job.Services["registry"].Child("ports").Texts());
        var readOnly = job.Services["registry-readonly"];
        Assert.Equal(["5001:5000"], readOnly.Child("ports").Texts());
        Assert.Equal("{\"readonly\": {\"enabled\": true}}", readOnly.Child("env").Text("REGISTRY_STORAGE_MAINTENANCE"));
    }

    /// <summary>
    /// An image names an exact version for readers (repository:major.minor…, never latest or a bare major) and the digest
    /// the engine pulls (@sha256:…), so a re-pushed tag changes nothing until the pin moves.
    /// </summary>
    public static void AssertPinned(string? image) =>
        Assert.Matches(@"^[a-z0-9./-]+:\d+\.\d+(\.\d+)?(-[a-z0-9]+)?@sha256:[0-9a-f]{64}$", image);
}
