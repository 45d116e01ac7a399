using CiCd.Testing;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>
/// The service with a folder of drift reports written by the real drift code, looked at in the headless Chromium of
/// <see cref="DashboardSites"/>, which owns the browser and starts and stops the site.
/// </summary>
public abstract class DashboardSite
{
    private readonly TempFolder _work = new();
    private HeadlessBrowser? _browser;
    private LiveService? _service;

    public LiveService Service => _service!;

    public string Reports => _work.PathOf("drift-reports");

    private HeadlessBrowser Browser => _browser!;

    /// <summary>Writes the site's drift reports into <paramref name="folder"/>.</summary>
    protected abstract void WriteReports(string folder);

    /// <summary>Writes the reports and starts the service; tabs open in <paramref name="browser"/>.</summary>
    public async Task StartAsync(HeadlessBrowser browser)
    {
        _browser = browser;
        WriteReports(Directory.CreateDirectory(Reports).FullName);
        _service = await LiveService.StartAsync(_work.Root, Reports);
    }

    /// <summary>Opens <c>/dashboard</c> in a new tab that records every console error, page error and failed request.</summary>
    public Task<BrowserTab> OpenAsync() => Browser.OpenAsync(new Uri(Service.Address, "/dashboard"));

    /// <summary>Opens <paramref name="html"/> from a file named <paramref name="name"/>, as a browser opens a file from disk.</summary>
    public Task<BrowserTab> OpenFileAsync(string name, string html) => Browser.OpenFileAsync(name, html);

    /// <summary>A new blank tab that records every console error, page error and failed request.</summary>
    public Task<BrowserTab> NewTabAsync() => Browser.NewTabAsync();

    public async Task StopAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
        _work.Dispose();
    }
}
