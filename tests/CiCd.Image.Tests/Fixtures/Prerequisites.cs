namespace CiCd.Image.Tests.Fixtures;

/// <summary>What the engine tests need on the machine, and the install line when something is missing.</summary>
public static class Prerequisites
{
    public const string InstallHint = "apt-get install docker.io docker-registry debootstrap iproute2 (and run as root)";

    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The missing pieces, empty when the engine tests can run.</summary>
    public static IReadOnlyList<string> Missing()
    {
        var missing = new List<string>();
        foreach (var tool in new[] { "dockerd", "docker-registry", "debootstrap", "docker", "ip" })
        {
            if (Which(tool) is null)
            {
                missing.Add(tool);
            }
        }
        if (Environment.UserName != "root")
        {
            missing.Add("root");
        }
        return missing;
    }

    public static string? Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Append("/usr/sbin").Append("/sbin")
            .Select(folder => System.IO.Path.Combine(folder, tool)).FirstOrDefault(File.Exists);
}
