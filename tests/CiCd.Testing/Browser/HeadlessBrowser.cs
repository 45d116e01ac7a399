using Microsoft.Playwright;

namespace CiCd.Testing;

/// <summary>
/// Debian's Chromium for a test class or fixture: started where it is installed (or under CI, where its absence must
/// fail), on a fresh profile in a temporary folder that goes with it.
/// </summary>
public sealed class HeadlessBrowser : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"cicd-browser-{Guid.NewGuid():N}");
    private IPlaywright? _playwright;
    private IBrowserContext? _browser;

    public async Task InitializeAsync()
    {
        if (Chromium.Installed || Chromium.OnCi)
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await Chromium.LaunchAsync(_playwright, Path.Combine(_folder, "profile"));
        }
    }

    /// <summary>A new blank tab that records every console error, page error and failed request.</summary>
    public async Task<BrowserTab> NewTabAsync() =>
        new(await (_browser ?? throw new InvalidOperationException($"no browser: {Chromium.InstallHint}")).NewPageAsync());

    /// <summary>Opens <paramref name="address"/> in a new tab; an HTTP answer must be 200.</summary>
    public async Task<BrowserTab> OpenAsync(Uri address)
    {
        var tab = await NewTabAsync();
        var response = await tab.Page.GotoAsync(address.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        // A file has no HTTP status: Playwright reports it as 0, or no response at all.
        Assert.True(address.IsFile || response?.Status == 200, $"{address} answered {response?.Status}");
        return tab;
    }

    /// <summary>Writes <paramref name="html"/> to a file named <paramref name="name"/> and opens it as a browser opens a file from disk.</summary>
    public Task<BrowserTab> OpenFileAsync(string name, string html)
    {
        var path = Path.Combine(Directory.CreateDirectory(Path.Combine(_folder, "pages")).FullName, name);
        File.WriteAllText(path, html);
        return OpenAsync(new Uri(path));
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
