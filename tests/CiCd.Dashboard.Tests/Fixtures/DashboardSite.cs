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
    public Task<BrowserTab> OpenAsync() => OpenAsync(new Uri(Service.Address, "/dashboard"));

    /// <summary>Writes <paramref name="html"/> to a file of the site's temporary folder and opens it as a browser opens a file from disk.</summary>
    public Task<BrowserTab> OpenFileAsync(string name, string html)
    {
        var path = _work.PathOf(name);
        File.WriteAllText(path, html);
        return OpenAsync(new Uri(path));
    }

    /// <summary>Opens <paramref name="address"/> in a new tab that records every problem; the answer must be a success.</summary>
    public async Task<BrowserTab> OpenAsync(Uri address)
    {
        var tab = await NewTabAsync();
        var response = await tab.Page.GotoAsync(address.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        // A file has no HTTP status: Playwright reports it as 0, or no response at all.
        Assert.True(address.IsFile || response?.Status == 200, $"{address} answered {response?.Status}");
        return tab;
    }

    /// <summary>A new blank tab that records every console error, page error and failed request.</summary>
    public async Task<BrowserTab> NewTabAsync() =>
        new(await (_browser ?? throw new InvalidOperationException($"no browser: {Chromium.InstallHint}")).NewPageAsync());

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
