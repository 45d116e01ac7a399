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

    // One short run: the client compiler alone (C2's optimising JIT never pays back in a few seconds) halves the
    // checker's CPU seconds with the same messages. Its frames are bigger, so the thread stack the checker's schema
    // evaluation needs (at least 512k, it says) is given with room to spare.
    private static readonly string[] JavaOptions = ["-XX:TieredStopAtLevel=1", "-Xss16m"];

    public static string JarPath => RepositoryRoot.PathOf("build/node_modules/vnu-jar/build/dist/vnu.jar");

    /// <summary>Every error and warning the checker finds in <paramref name="html"/>, one line each: type, line, message.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(string html) => (await ProblemsAsync([html]))[0];

    /// <summary>
    /// The problems of each page, in order, from one run of the checker: its JVM's start and schema load are most of a
    /// run's CPU seconds, so pages checked together cost little more than one. A message naming no page counts for all.
    /// </summary>
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> ProblemsAsync(IReadOnlyList<string> pages)
    {
        if (!File.Exists(JarPath))
        {
            throw new InvalidOperationException($"{JarPath} is missing: {InstallHint}");
        }
        using var folder = new TempFolder();
        var files = pages.Select((html, i) => folder.Write($"page{i}.html", html)).ToList();
        var (exitCode, output, error) = await ExternalTool.RunAsync("java", [.. JavaOptions, "-jar", JarPath, "--format", "json", "--stdout", "--exit-zero-always", .. files]);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"the Nu Html Checker exited with {exitCode}: {error}");
        }
        using var report = JsonDocument.Parse(output);
        var messages = report.RootElement.GetProperty("messages").EnumerateArray().ToList();
        return [.. pages.Select((html, i) => (IReadOnlyList<string>)[.. messages
            .Where(m => PageOf(m, files) is var page && (page == i || page < 0))
            .Where(m => !(m.GetProperty("message").GetString()!.StartsWith(HashedScript, StringComparison.Ordinal) && html.Contains("'sha256-", StringComparison.Ordinal)))
            .Select(m => $"{Type(m)} at line {(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")])];
    }

    // The index of the file the message is about, -1 when it names none of them.
    private static int PageOf(JsonElement message, List<string> files) =>
        message.TryGetProperty("url", out var url) && url.GetString() is { } address
            ? files.FindIndex(file => address.EndsWith($"/{Path.GetFileName(file)}", StringComparison.Ordinal))
            : -1;

    private static string Type(JsonElement message) =>
        message.TryGetProperty("subType", out var subType) ? subType.GetString()! : message.GetProperty("type").GetString()!;
}
