using CiCd.Testing;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>
/// The service with a folder of drift reports written by the real drift code, and a headless Chromium to look at its
/// dashboard. The browser starts only where Chromium is installed (or under CI, where its absence must fail).
/// </summary>
public abstract class DashboardSite : IAsyncLifetime
{
    private readonly TempFolder _work = new();
    private readonly HeadlessBrowser _browser = new();
    private LiveService? _service;

    public LiveService Service => _service!;

    public string Reports => _work.PathOf("drift-reports");

    /// <summary>Writes the site's drift reports into <paramref name="folder"/>.</summary>
    protected abstract void WriteReports(string folder);

    public async Task InitializeAsync()
    {
        WriteReports(Directory.CreateDirectory(Reports).FullName);
        _service = await LiveService.StartAsync(_work.Root, Reports);
        await _browser.InitializeAsync();
    }

    /// <summary>Opens <c>/dashboard</c> in a new tab that records every console error, page error and failed request.</summary>
    public Task<BrowserTab> OpenAsync() => _browser.OpenAsync(new Uri(Service.Address, "/dashboard"));

    /// <summary>Opens <paramref name="html"/> from a file named <paramref name="name"/>, as a browser opens a file from disk.</summary>
    public Task<BrowserTab> OpenFileAsync(string name, string html) => _browser.OpenFileAsync(name, html);

    /// <summary>A new blank tab that records every console error, page error and failed request.</summary>
    public Task<BrowserTab> NewTabAsync() => _browser.NewTabAsync();

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
        _work.Dispose();
    }
}
