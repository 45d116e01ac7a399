using System.Text.Json;

namespace CiCd.Testing;

/// <summary>
/// The Nu Html Checker (the validator behind validator.w3.org/nu), run offline from the npm package vnu-jar that the
/// NodeTools target installs under build/ (<c>npm ci --prefix build</c>), with the machine's Java.
/// </summary>
public static class NuHtmlChecker
{
    public const string InstallHint = "npm ci --prefix build (the NodeTools target runs it) and a Java runtime (apt-get install default-jre-headless)";

    // The checker does not compute script hashes: it reports every inline script under a CSP without 'unsafe-inline' as
    // blocked, even when the policy lists the script's sha256. The Chromium tests run those pages with their policy on.
    private const string HashedScript = "Inline script violates Content Security Policy";

    // One short run per page: the client compiler alone (C2's optimising JIT never pays back in a few seconds) halves the
    // checker's CPU seconds with the same messages. Its frames are bigger, so the thread stack the checker's schema
    // evaluation needs (at least 512k, it says) is given with room to spare.
    private static readonly string[] JavaOptions = ["-XX:TieredStopAtLevel=1", "-Xss16m"];

    public static string JarPath => RepositoryRoot.PathOf("build/node_modules/vnu-jar/build/dist/vnu.jar");

    /// <summary>Every error and warning the checker finds in <paramref name="html"/>, one line each: type, line, message.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(string html)
    {
        if (!File.Exists(JarPath))
        {
            throw new InvalidOperationException($"{JarPath} is missing: {InstallHint}");
        }
        using var folder = new TempFolder();
        var page = folder.Write("page.html", html);
        var (exitCode, output, error) = await ExternalTool.RunAsync("java", [.. JavaOptions, "-jar", JarPath, "--format", "json", "--stdout", "--exit-zero-always", page]);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"the Nu Html Checker exited with {exitCode}: {error}");
        }
        using var report = JsonDocument.Parse(output);
        return [.. report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => !(m.GetProperty("message").GetString()!.StartsWith(HashedScript, StringComparison.Ordinal) && html.Contains("'sha256-", StringComparison.Ordinal)))
            .Select(m => $"{Type(m)} at line {(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")];
    }

    private static string Type(JsonElement message) =>
        message.TryGetProperty("subType", out var subType) ? subType.GetString()! : message.GetProperty("type").GetString()!;
}
