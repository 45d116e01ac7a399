using System.Globalization;
using System.Text;
using CiCd.Formats;
using CiCd.Gate;
using CiCd.Train;

namespace CiCd.Release.Notes;

/// <summary>
/// Writes a release's notes from the model card and the gate report: what was released (commit, image
/// digest, data fingerprint), how well it scores, how it compared with the champion, and its caveats.
/// </summary>
public static class ReleaseNotes
{
    /// <summary>The notes as Markdown.</summary>
    public static string Render(ReleaseNotesInput input)
    {
        var card = input.Card;
        var text = new StringBuilder();
        text.Append($"# {card.Name} {input.Version}\n\n");
        AppendProvenance(text, input);
        text.Append("\n## Test-split metrics\n\n");
        var metrics = new MarkdownTable("metric", "test", "cv mean", "cv sd");
        foreach (var (name, value) in card.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            metrics.Row(name, F(value), F(card.CvMetrics.GetValueOrDefault(name, double.NaN)), F(card.CvSpread.GetValueOrDefault(name, double.NaN)));
        }
        metrics.AppendTo(text);
        text.Append('\n');
        // The gate's own rendering, so the release shows exactly what reviewers saw on the pull request.
        text.Append(input.Gate is { } gate
            ? GateMarkdown.Render(gate)
            : "## Gate\n\nNo gate report was given to the release; see the certification run.\n");
        text.Append("\n## Intended use\n\n").Append(card.IntendedUse).Append('\n');
        if (card.Limitations.Count > 0)
        {
            text.Append("\n## Limitations\n\n");
            foreach (var limitation in card.Limitations)
            {
                text.Append("- ").Append(limitation).Append('\n');
            }
        }
        return text.ToString();
    }

    private static void AppendProvenance(StringBuilder text, ReleaseNotesInput input)
    {
        var card = input.Card;
        var threshold = card.PositiveClass is null ? "" : $", decision threshold {F(card.Threshold)} on `{card.PositiveClass}`";
        text.Append($"- **Model**: `{card.Selected}` ({card.Trainer}){threshold}, run `{card.RunId}`, trained {card.CreatedUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC with mlops {card.ToolVersion} (ML.NET {card.MlNetVersion})\n");
        text.Append($"- **Data**: `{Path.GetFileName(card.Data.Path)}`, {Counted.Of(card.Data.Rows, "row")}, fingerprint `{card.Data.Fingerprint}`\n");
        if (TargetDistributionText.Of(card) is var (label, line))
        {
            text.Append($"- **{char.ToUpperInvariant(label[0])}{label[1..]}**: {line}\n");
        }
        text.Append($"- **Model file**: sha256 `{card.ModelSha256}`\n");
        if (input.Image is { } image)
        {
            text.Append($"- **Image**: `{image}`\n");
        }
        if (input.Commit is { } commit)
        {
            text.Append($"- **Commit**: `{commit}`\n");
        }
        text.Append(input.Previous is { } previous ? $"- **Previous release**: `{previous}`\n" : "- **Previous release**: none, this is the first of its series\n");
    }

    private static string F(double value) => double.IsNaN(value) ? "–" : value.ToString("0.0000", CultureInfo.InvariantCulture);
}
