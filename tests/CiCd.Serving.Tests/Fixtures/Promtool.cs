using CiCd.Testing;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>
/// Debian's prometheus package (.ci/run installs it) brings promtool, the checker Prometheus's own CI uses: it reads
/// the service's /metrics text and the shipped rules (deploy/prometheus) as Prometheus would.
/// </summary>
public static class Promtool
{
    public static async Task<(int ExitCode, string Output)> RunAsync(IEnumerable<string> arguments, string? input = null)
    {
        var promtool = new[] { "/usr/bin/promtool", "/usr/local/bin/promtool" }.FirstOrDefault(File.Exists);
        Assert.True(promtool is not null, "promtool is missing: apt-get install prometheus (.ci/run does)");
        var (exitCode, output, error) = await ExternalTool.RunAsync(promtool, arguments, input);
        return (exitCode, output + error);
    }
}
