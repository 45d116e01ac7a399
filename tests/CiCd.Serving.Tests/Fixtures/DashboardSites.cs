using CiCd.Testing;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>
/// The drifted and the green dashboard site, started once for the test classes of <see cref="DashboardSitesGroup"/>
/// and looked at in one headless Chromium: a browser (and its Playwright driver) and a site per class cost seconds of CPU
/// each, and no test changes a site in a way another could see (each opens its own tab; counts are read before and after).
/// The browser starts only where Chromium is installed (or under CI, where its absence must fail).
/// </summary>
public sealed class DashboardSites : IAsyncLifetime
{
    private readonly HeadlessBrowser _browser = new();

    /// <summary>Two green days, then a red one.</summary>
    public DriftedSite Drifted { get; } = new();

    /// <summary>One green report.</summary>
    public GreenSite Green { get; } = new();

    public async Task InitializeAsync()
    {
        await Drifted.StartAsync(_browser);
        await Green.StartAsync(_browser);
        await _browser.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await Drifted.StopAsync();
        await Green.StopAsync();
    }
}
