using System.Globalization;
using CiCd.Reporting.Sources;
using CiCd.Tracking.Runs;
using Spectre.Console;

namespace CiCd.Cli.Rendering;

/// <summary>One run: provenance, params, metrics with their fold series, tags and artefacts.</summary>
internal static class RunDetailsRenderer
{
    public static void Render(IAnsiConsole console, RunDetails details)
    {
        var run = details.Run;
        var about = new Table().Title($"Run {Markup.Escape(run.RunId)}").HideHeaders();
        about.AddColumns("field", "value");
        about.AddRow("experiment", Markup.Escape(run.Experiment));
        about.AddRow("status", RunListRenderer.Status(run.Status) + (run.ErrorMessage is null ? "" : $": {Markup.Escape(run.ErrorMessage)}"));
        about.AddRow("started", run.StartedAt.ToString("u", CultureInfo.InvariantCulture));
        about.AddRow("ended", run.EndedAt?.ToString("u", CultureInfo.InvariantCulture) ?? "–");
        var p = run.Provenance;
        about.AddRow("commit", Markup.Escape($"{p.GitCommit ?? "–"} ({p.GitBranch ?? "no branch"}{(p.GitDirty ? ", dirty" : "")})"));
        about.AddRow("user", Markup.Escape(p.User ?? "–"));
        about.AddRow("tool", Markup.Escape(p.ToolVersion ?? "–"));
        about.AddRow("data", Markup.Escape(p.DataFingerprint ?? "–"));
        about.AddRow("config", Markup.Escape(p.ConfigHash ?? "–"));
        console.Write(about);
        console.Write(Pairs("Params", details.Params));
        var metrics = new Table().Title("Metrics");
        metrics.AddColumns("name", "value", "series (step: value)");
        var names = MetricOrder.Sort(details.Metrics.Keys.Concat(details.MetricSteps.Keys), null);
        foreach (var name in names)
        {
            var series = details.MetricSteps.TryGetValue(name, out var steps)
                ? string.Join("  ", steps.Select(s => $"{s.Step}: {s.Value.ToString("0.0000", CultureInfo.InvariantCulture)}"))
                : "";
            metrics.AddRow(Markup.Escape(name), details.Metrics.TryGetValue(name, out var v) ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "–", series);
        }
        console.Write(metrics);
        console.Write(Pairs("Tags", details.Tags));
        var artefacts = new Table().Title("Artefacts");
        artefacts.AddColumns("path", "bytes", "sha256");
        foreach (var artefact in details.Artifacts)
        {
            artefacts.AddRow(Markup.Escape(artefact.Path), artefact.SizeBytes.ToString(CultureInfo.InvariantCulture), artefact.Sha256[..Math.Min(16, artefact.Sha256.Length)] + "…");
        }
        console.Write(artefacts);
    }

    private static Table Pairs(string title, IReadOnlyDictionary<string, string> values)
    {
        var table = new Table().Title(title);
        table.AddColumns("name", "value");
        foreach (var (name, value) in values.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            table.AddRow(Markup.Escape(name), Markup.Escape(value));
        }
        return table;
    }
}
