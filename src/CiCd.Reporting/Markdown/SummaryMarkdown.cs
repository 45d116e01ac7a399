using System.Globalization;
using System.Text;
using CiCd.Formats;
using CiCd.Gate;
using CiCd.Gate.Paired;
using CiCd.Metrics;
using CiCd.Reporting.Content;
using CiCd.Reporting.Sources;

namespace CiCd.Reporting.Markdown;

/// <summary>
/// The report as Markdown for a pull-request comment or a GitHub job summary: verdict, gate, deltas against
/// the champion, candidates, importance, recent runs and artefacts. Long tables are cut, so the text stays
/// small (job summaries are capped at 1 MiB) and readable.
/// </summary>
public static class SummaryMarkdown
{
    /// <summary>The most candidates, features or runs listed.</summary>
    public const int MaxRows = 10;

    /// <summary>
    /// An invisible first line: a workflow finds its earlier pull-request comment by it and edits that one
    /// instead of adding a comment per push.
    /// </summary>
    public const string CommentMarker = "<!-- mlops-report -->";

    /// <summary>Renders the summary.</summary>
    public static string Render(ReportData data)
    {
        var text = new StringBuilder(CommentMarker).Append('\n');
        var latest = data.Latest.Content;
        text.Append("## Model report: ").Append(data.Model).Append(' ').Append(Verdict(data.Gate.Content)).Append("\n\n");
        text.Append(latest is null
            ? $"> {data.Latest.Note}\n\n"
            : $"Run `{latest.RunId}` selected `{latest.Selected}` ({latest.Trainer}) on {latest.PrimaryMetric}; tested on {Counted.Of(latest.TestRows, "held-out row")}.\n\n");
        AppendGate(text, data.Gate);
        AppendMetrics(text, latest, data.Champion);
        text.Append(data.Data.Content is { } profiles
            ? Profile.ProfileSummary.Render(profiles.Current, profiles.Production) + "\n"
            : $"### Data\n\n> {data.Data.Note}\n\n");
        AppendCandidates(text, latest);
        AppendImportance(text, data.Importance);
        AppendRuns(text, data.Runs);
        text.Append("### Artefacts\n\n");
        foreach (var file in data.Artefacts)
        {
            text.Append(file.Exists ? $"- [{file.Name}]({file.Href})\n" : $"- {file.Name}: not produced (`{file.Href}`)\n");
        }
        text.Append("\nFull report with charts: `").Append(ReportFiles.Html).Append("`; data: `").Append(ReportFiles.Json).Append("`.\n");
        return text.ToString();
    }

    private static string Verdict(GateReport? gate) => gate switch
    {
        null => "· no gate verdict yet",
        { Passed: true } => "· ✅ gate passed",
        _ => $"· ❌ gate failed ({gate.Failures.Count()} of {Counted.Of(gate.Checks.Count, "check")})",
    };

    private static void AppendGate(StringBuilder text, ReportPart<GateReport> gate)
    {
        text.Append("### Gate\n\n");
        if (gate.Content is not { } report)
        {
            text.Append("> ").Append(gate.Note).Append("\n\n");
            return;
        }
        text.Append("Champion: ").Append(report.ChampionRunId is null ? "none" : $"run `{report.ChampionRunId}`").Append(".\n\n");
        PairedComparisonMarkdown.Append(text, report.Comparison);
        var table = new MarkdownTable("result", "metric", "rule", "candidate", "champion", "delta", "reason");
        foreach (var check in report.Checks.OrderBy(c => c.Outcome != GateOutcome.Fail))
        {
            table.Row(check.Outcome switch { GateOutcome.Pass => "✅ pass", GateOutcome.Fail => "❌ FAIL", _ => "➖ no champion" },
                check.Metric, $"`{check.Rule}`", F(check.Value), F(check.Champion), F(check.Delta), check.Reason);
        }
        table.AppendTo(text);
        text.Append('\n');
    }

    private static void AppendMetrics(StringBuilder text, LatestRun? latest, ReportPart<ChampionComparison> champion)
    {
        if (latest is null)
        {
            return;
        }
        var comparison = champion.Content;
        text.Append("### Test metrics").Append(comparison is null ? "" : $" vs champion (v{comparison.Version}, run `{comparison.RunId}`)").Append("\n\n");
        if (comparison is null)
        {
            text.Append("> ").Append(champion.Note).Append("\n\n");
        }
        var table = new MarkdownTable("metric", "candidate", "cv mean ± sd", "champion", "delta", "");
        foreach (var metric in MetricOrder.Sort(latest.Metrics.Keys, latest.PrimaryMetric))
        {
            var delta = comparison?.Deltas.FirstOrDefault(d => d.Metric == metric);
            var cv = latest.CvMetrics.TryGetValue(metric, out var mean) ? $"{F(mean)} ± {F(latest.CvSpread.GetValueOrDefault(metric))}" : "–";
            table.Row(metric == latest.PrimaryMetric ? $"**{metric}**" : metric, F(latest.Metrics[metric]), cv,
                F(delta?.Champion), delta is null ? "–" : Signed(delta.Delta),
                delta switch { null => "", { Improved: true } => "🟢 better", { Worsened: true } => "🔴 worse", _ => "same" });
        }
        table.AppendTo(text);
        text.Append('\n');
    }

    private static void AppendCandidates(StringBuilder text, LatestRun? latest)
    {
        if (latest is null || latest.Candidates.Count == 0)
        {
            return;
        }
        var metric = latest.PrimaryMetric;
        var sign = MetricCatalog.HigherIsBetter(metric) ? -1 : 1;
        var ranked = latest.Candidates.Where(c => c.CvMean.ContainsKey(metric)).OrderBy(c => sign * c.CvMean[metric]).ToList();
        text.Append("<details><summary>Candidates: ").Append(latest.Candidates.Count).Append(" tried, cross-validated ").Append(metric)
            .Append(ranked.Count > MaxRows ? $" (best {MaxRows} shown)" : "").Append("</summary>\n\n");
        var table = new MarkdownTable("", "candidate", "settings", $"{metric} mean ± sd", "seconds");
        foreach (var candidate in ranked.Take(MaxRows))
        {
            table.Row(candidate.Id == latest.Selected ? "⭐" : "", CandidateLabel.Name(latest.Candidates, candidate), CandidateLabel.Settings(candidate),
                $"{F(candidate.CvMean[metric])} ± {F(candidate.CvSpread.GetValueOrDefault(metric))}",
                candidate.Seconds.ToString("0.0", CultureInfo.InvariantCulture));
        }
        table.AppendTo(text);
        text.Append("\n</details>\n\n");
    }

    private static void AppendImportance(StringBuilder text, ReportPart<ImportanceResult> importance) =>
        Details(text, "Permutation importance on the test split", importance, result =>
        {
            text.Append($"Drop in {result.Metric} (baseline {F(result.Baseline)}) when a feature is shuffled, {Counted.Of(result.Repeats, "repeat")}, seed {result.Seed}.\n\n");
            var table = new MarkdownTable("feature", "mean drop", "sd");
            foreach (var feature in result.Features.Take(MaxRows))
            {
                table.Row(feature.Feature, Signed(feature.MeanDrop), F(feature.Spread));
            }
            table.AppendTo(text);
        });

    private static void AppendRuns(StringBuilder text, ReportPart<RunHistory> runs) =>
        Details(text, "Recent runs", runs, history =>
        {
            var table = new MarkdownTable(["run", "started", "status", "selected", .. history.KeyMetrics]);
            foreach (var row in history.Rows.Reverse().Take(MaxRows))
            {
                table.Row([$"`{row.RunId}`", row.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), row.Status, row.Selected ?? "–",
                    .. history.KeyMetrics.Select(m => row.Metrics.TryGetValue(m, out var v) ? F(v) : "–")]);
            }
            table.AppendTo(text);
        });

    // A collapsed block: keeps the comment short on a pull request while the detail stays one click away.
    private static void Details<T>(StringBuilder text, string summary, ReportPart<T> part, Action<T> body)
        where T : class
    {
        text.Append("<details><summary>").Append(summary).Append("</summary>\n\n");
        if (part.Content is { } content)
        {
            body(content);
        }
        else
        {
            text.Append("> ").Append(part.Note).Append('\n');
        }
        text.Append("\n</details>\n\n");
    }

    private static string F(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "–";

    private static string Signed(double value) => value.ToString("+0.0000;-0.0000;0.0000", CultureInfo.InvariantCulture);
}
