using CiCd.Tests.Support;
using Microsoft.Playwright;

namespace CiCd.Dashboard.Tests.Fixtures;

/// <summary>
/// The service with a folder of drift reports written by the real drift code, and a headless Chromium to look at its
/// dashboard. The browser starts only where Chromium is installed (or under CI, where its absence must fail).
/// </summary>
public abstract class DashboardSite : IAsyncLifetime
{
    private readonly TempFolder _work = new();
    private IPlaywright? _playwright;
    private IBrowserContext? _browser;
    private LiveService? _service;

    public LiveService Service => _service!;

    public string Reports => _work.PathOf("drift-reports");

    /// <summary>Writes the site's drift reports into <paramref name="folder"/>.</summary>
    protected abstract void WriteReports(string folder);

    public async Task InitializeAsync()
    {
        WriteReports(Directory.CreateDirectory(Reports).FullName);
        _service = await LiveService.StartAsync(_work.Root, Reports);
        if (Chromium.Installed || Chromium.OnCi)
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await Chromium.LaunchAsync(_playwright, _work.PathOf("chromium-profile"));
        }
    }

    /// <summary>Opens <c>/dashboard</c> in a new tab that records every console error, page error and failed request.</summary>
    public async Task<BrowserTab> OpenAsync()
    {
        var page = await (_browser ?? throw new InvalidOperationException($"no browser: {Chromium.InstallHint}")).NewPageAsync();
        var tab = new BrowserTab(page);
        var response = await page.GotoAsync(new Uri(Service.Address, "/dashboard").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.Equal(200, response?.Status);
        return tab;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
        _work.Dispose();
    }
}
