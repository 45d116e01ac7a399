using Microsoft.Playwright;

namespace CiCd.Testing;

/// <summary>One open page and everything that went wrong on it: console errors, uncaught script errors, failed or refused requests.</summary>
public sealed class BrowserTab
{
    private readonly List<string> _problems = [];

    public BrowserTab(IPage page)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => Add($"page error: {error}");
        page.RequestFailed += (_, request) => Add($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Add($"HTTP {response.Status}: {response.Url}");
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Everything recorded so far.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    private void Add(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }
}
