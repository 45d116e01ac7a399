using System.Globalization;
using System.Text;
using CiCd.Data.Profiling;
using CiCd.Formats;

namespace CiCd.Reporting.Profile;

/// <summary>The profile in Markdown (profile.md): overview, alerts, the strongest features, correlated pairs and the column table.</summary>
public static class ProfileMarkdown
{
    /// <summary>Features listed against the target.</summary>
    public const int TopFeatures = 10;

    /// <summary>The Markdown text.</summary>
    public static string Render(DataProfile profile)
    {
        var o = profile.Overview;
        var md = new StringBuilder();
        md.Append("# Data profile: ").Append(Cell(profile.Name)).Append("\n\n").Append(MarkdownText.Code(profile.Source)).Append(", target ").Append(MarkdownText.Code(profile.Target.Name)).Append("\n\n");
        md.Append("| rows | columns | missing cells | duplicate rows | memory | alerts |\n|---:|---|---:|---:|---:|---:|\n");
        md.Append(CultureInfo.InvariantCulture, $"| {o.Rows} | {o.Columns} ({o.KindsText}) | {o.MissingCells} ({o.MissingShare:0.##%}) | {o.DuplicateRows} | {ProfileOverviewSection.Bytes(o.MemoryBytes)} | {profile.Alerts.Count} |\n\n");
        md.Append("Fingerprint `").Append(o.Fingerprint).Append("`. Classes: ")
            .Append(string.Join(", ", profile.Target.Classes.Select(c => string.Create(CultureInfo.InvariantCulture, $"{Cell(c.Value)} {c.Count} ({c.Share:0.#%})")))).Append(".\n\n");
        md.Append("## Alerts\n\n");
        md.Append(profile.Alerts.Count == 0 ? "None.\n" : string.Concat(profile.Alerts.Select(a => $"- **{ProfileAlertNames.Of(a.Kind)}** {(a.Column is null ? "" : MarkdownText.Code(a.Column) + " ")}{Cell(a.Message)}\n")));
        md.Append("\n## Strongest features against the target\n\n| feature | MI (nats) | normalized MI | Cramér's V | point-biserial r | ANOVA F | |\n|---|---:|---:|---:|---:|---:|---|\n");
        foreach (var a in profile.Associations.Take(TopFeatures))
        {
            md.Append(CultureInfo.InvariantCulture, $"| {Cell(a.Feature)} | {N(a.MutualInformation)} | {N(a.NormalizedMutualInformation)} | {N(a.CramersV)} | {N(a.PointBiserial)} | {N(a.AnovaF)} | {(a.PossibleLeakage ? "possible leakage" : "")} |\n");
        }
        md.Append("\n## Highly correlated pairs\n\n");
        md.Append(profile.HighlyCorrelated.Count == 0 ? "None.\n" : string.Concat(profile.HighlyCorrelated.Select(p => $"- {MarkdownText.Code(p.First)} and {MarkdownText.Code(p.Second)}: {p.Method} {N(p.Value)}\n")));
        md.Append("\n## Columns\n\n| column | declared | inferred | missing | distinct | summary |\n|---|---|---|---:|---:|---|\n");
        foreach (var c in profile.Columns)
        {
            var summary = c.Numeric is { } n
                ? string.Create(CultureInfo.InvariantCulture, $"mean {N(n.Mean)}, sd {N(n.Sd)}, median {N(n.Quantiles["p50"])}, {Counted.Of(n.Outliers, "outlier")}")
                : string.Join(", ", c.Categories!.Top.Take(3).Select(l => string.Create(CultureInfo.InvariantCulture, $"{Cell(l.Value)} {l.Share:0.#%}")));
            md.Append(CultureInfo.InvariantCulture, $"| {Cell(c.Name)} | {c.Declared?.ToString().ToLowerInvariant() ?? "not in config"} | {c.InferredText}{(c.KindsAgree ? "" : " (disagrees)")} | {c.Missing} | {c.Distinct} | {summary} |\n");
        }
        return md.ToString();
    }

    private static string N(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("0.####", CultureInfo.InvariantCulture) : "–";

    // Data as inline text: no HTML, emphasis, link or line break of its own, and a "|" cannot end a table cell.
    private static string Cell(string text) => MarkdownText.Inline(text);
}
