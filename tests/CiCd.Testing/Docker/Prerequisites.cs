namespace CiCd.Testing.Docker;

/// <summary>
/// What the engine tests need on the machine, and the install line when something is missing. Each component comes
/// from the CI when a variable names it (a GitHub runner's Docker engine, registry service containers, a pullable
/// base image); otherwise the tests start their own from Debian packages, which needs root.
/// </summary>
public static class Prerequisites
{
    public const string InstallHint = "apt-get install docker.io docker-registry debootstrap iproute2 (and run as root), "
        + "or name running components in " + EngineVariable + ", " + RegistryVariable + ", " + ReadOnlyRegistryVariable + " and " + BaseImageVariable;

    /// <summary>A running engine to use instead of a private dockerd, e.g. unix:///var/run/docker.sock.</summary>
    public const string EngineVariable = "MLOPS_TEST_DOCKER_HOST";

    /// <summary>host:port of a registry the engine may push to over plain HTTP, instead of a private docker-registry.</summary>
    public const string RegistryVariable = "MLOPS_TEST_REGISTRY";

    /// <summary>host:port of a registry in read-only mode, for the test of a refused push.</summary>
    public const string ReadOnlyRegistryVariable = "MLOPS_TEST_READONLY_REGISTRY";

    /// <summary>A base image the engine can pull, instead of one built by build/base-image.sh.</summary>
    public const string BaseImageVariable = "MLOPS_TEST_BASE_IMAGE";

    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The value of a component variable, or null when the tests start that component themselves.</summary>
    public static string? Provided(string variable) => Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : null;

    /// <summary>The missing pieces, empty when the engine tests can run.</summary>
    public static IReadOnlyList<string> Missing()
    {
        var tools = new List<string>();
        var needsRoot = false;
        if (Provided(EngineVariable) is null)
        {
            tools.AddRange(["dockerd", "ip"]);
            needsRoot = true;
        }
        if (Provided(RegistryVariable) is null || Provided(ReadOnlyRegistryVariable) is null)
        {
            tools.Add("docker-registry");
        }
        if (Provided(BaseImageVariable) is null)
        {
            tools.AddRange(["debootstrap", "docker"]);
            needsRoot = true;
        }
        var missing = tools.Where(tool => Which(tool) is null).ToList();
        if (needsRoot && Environment.UserName != "root")
        {
            missing.Add("root");
        }
        return missing;
    }

    public static string? Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Append("/usr/sbin").Append("/sbin")
            .Select(folder => System.IO.Path.Combine(folder, tool)).FirstOrDefault(File.Exists);
}
