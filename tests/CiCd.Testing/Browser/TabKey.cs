using Microsoft.Playwright;

namespace CiCd.Testing;

/// <summary>Moving through a page the way a keyboard user does: the Tab key and nothing else.</summary>
public static class TabKey
{
    private const int MostPresses = 300;

    private const string Focused = """
        ([scope, name]) => { const e = document.activeElement; return !!e && e.tagName === 'BUTTON' && e.textContent.trim() === name && !!e.closest(scope); }
        """;

    /// <summary>Presses Tab until the button named <paramref name="name"/> inside <paramref name="scope"/> has the focus; fails if it never gets it.</summary>
    public static async Task ToButtonAsync(IPage page, string scope, string name)
    {
        for (var presses = 0; presses < MostPresses; presses++)
        {
            if (await page.EvaluateAsync<bool>(Focused, new[] { scope, name }))
            {
                return;
            }
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"no button '{name}' in {scope} is reachable with the Tab key ({MostPresses} presses)");
    }
}
