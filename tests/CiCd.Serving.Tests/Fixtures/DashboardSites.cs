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

    // The Nu Html Checker's problems with both pages, from one run of its JVM (a run costs about 2 CPU s, nearly all of
    // it the JVM's start and the schema load): the first test that asks checks both.
    private readonly Lazy<Task<IReadOnlyList<IReadOnlyList<string>>>> _nuProblems;

    public DashboardSites() => _nuProblems = new(async () =>
        await NuHtmlChecker.ProblemsAsync([await Drifted.Service.Client.GetStringAsync("/dashboard"), FullDriftReport.Html()]));

    /// <summary>The pages the Nu Html Checker checks together, in the order it is given them.</summary>
    public enum Checked
    {
        /// <summary>The drifted site's /dashboard, as served, with its drift section.</summary>
        Dashboard,

        /// <summary><see cref="FullDriftReport"/>.</summary>
        DriftReport,
    }

    /// <summary>Two green days, then a red one.</summary>
    public DriftedSite Drifted { get; } = new();

    /// <summary>One green report.</summary>
    public GreenSite Green { get; } = new();

    /// <summary>Every error and warning the Nu Html Checker finds in the page, one line each (<see cref="NuHtmlChecker.ProblemsAsync(string)"/>).</summary>
    public async Task<IReadOnlyList<string>> NuProblemsAsync(Checked page) => (await _nuProblems.Value)[(int)page];

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
