using CiCd.Workflows.Tests.Model;
using YamlDotNet.RepresentationModel;

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
        [CiCd.Image.Tests.Fixtures.Prerequisites.EngineVariable] = "unix:///var/run/docker.sock",
        [CiCd.Image.Tests.Fixtures.Prerequisites.RegistryVariable] = "127.0.0.1:5000",
        [CiCd.Image.Tests.Fixtures.Prerequisites.ReadOnlyRegistryVariable] = "127.0.0.1:5001",
        [CiCd.Image.Tests.Fixtures.Prerequisites.BaseImageVariable] = "mcr.microsoft.com/dotnet/runtime-deps:10.0",
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

    /// <summary>A service image names an exact version (repository:major.minor…), never latest or a bare major.</summary>
    public static void AssertPinned(YamlNode service) =>
        Assert.Matches(@"^[a-z0-9./-]+:\d+\.\d+(\.\d+)?(-[a-z0-9]+)?$", service.Text("image"));
}
