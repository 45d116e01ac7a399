using Microsoft.Playwright;

namespace CiCd.Testing;

/// <summary>Debian's Chromium, launched headless by Playwright with a fresh profile; nothing is downloaded.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string InstallHint = "apt-get install chromium";

    // The network here is closed: without these Chromium waits on refused connections (updates, sync, QUIC probes).
    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static bool Installed => File.Exists(ExecutablePath);

    /// <summary>A browser context on a fresh user-data folder under <paramref name="profile"/>; under CI a missing Chromium fails here.</summary>
    public static async Task<IBrowserContext> LaunchAsync(IPlaywright playwright, string profile)
    {
        if (!Installed)
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: {InstallHint}");
        }
        return await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Timeout = 60_000,
        });
    }
}
