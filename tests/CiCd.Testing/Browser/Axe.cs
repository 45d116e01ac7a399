using System.Text.Json;
using Microsoft.Playwright;

namespace CiCd.Testing;

/// <summary>
/// axe-core run inside an open page against WCAG 2.0 and 2.1, levels A and AA. The script comes from the npm package
/// the Test target installs next to this file (<c>npm ci --prefix tests/CiCd.Testing/Browser</c>); nothing is downloaded here.
/// </summary>
public static class Axe
{
    public const string InstallHint = "npm ci --prefix tests/CiCd.Testing/Browser (the Test target runs it)";

    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    // Each violation as one line per element: the rule, what it checks, where, and axe's own summary of the fix.
    private const string RunScript = """
        tags => axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
          .then(result => result.violations.flatMap(v => v.nodes.map(n =>
            v.id + ' (' + v.impact + ', ' + v.help + ') at ' + n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\s+/g, ' '))))
        """;

    public static string ScriptPath => RepositoryRoot.PathOf("tests/CiCd.Testing/Browser/node_modules/axe-core/axe.min.js");

    /// <summary>Every WCAG A/AA violation on <paramref name="page"/> as it is now, one line per element.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        if (!File.Exists(ScriptPath))
        {
            throw new InvalidOperationException($"{ScriptPath} is missing: {InstallHint}");
        }
        // Evaluated through the DevTools protocol rather than added as a <script> element: a page whose Content-Security-Policy
        // allows only its own scripts (the dashboard) would refuse the element, and the refusal would count as a console error.
        await page.EvaluateAsync(await File.ReadAllTextAsync(ScriptPath) + "\n;void 0");
        var violations = await page.EvaluateAsync<JsonElement>(RunScript, Tags);
        return [.. violations.EnumerateArray().Select(v => v.GetString()!)];
    }
}
