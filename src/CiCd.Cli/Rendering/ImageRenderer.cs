using System.Globalization;
using CiCd.Formats;
using CiCd.Image.ImageBuild;
using CiCd.Image.Promote;
using CiCd.Image.Push;
using CiCd.Image.Smoke;
using Spectre.Console;

namespace CiCd.Cli.Rendering;

/// <summary>Tables (or JSON) for the results of `mlops image build|smoke|push|promote|rollback`.</summary>
internal static class ImageRenderer
{
    public static void Build(IAnsiConsole console, ImageBuildResult result, bool json)
    {
        if (json)
        {
            console.WriteLine(JsonReport.Serialize(result));
            return;
        }
        var table = new Table().Title($"Image {Markup.Escape(result.ImageId)}").AddColumns("", "");
        foreach (var reference in result.References)
        {
            table.AddRow("tag", Markup.Escape(reference));
        }
        foreach (var (name, value) in result.Labels)
        {
            table.AddRow(Markup.Escape(name), Markup.Escape(value));
        }
        table.AddRow("size", $"{result.ImageBytes / 1048576.0:F1} MiB uncompressed");
        table.AddRow("context", $"{Counted.Of(result.ContextFiles, "file")}, {result.ContextBytes / 1048576.0:F1} MiB; built in {result.Seconds:F1}s");
        console.Write(table);
    }

    public static void Smoke(IAnsiConsole console, SmokeReport report, bool json)
    {
        if (json)
        {
            console.WriteLine(JsonReport.Serialize(report));
            return;
        }
        var table = new Table().Title($"Smoke test of {Markup.Escape(report.Image)}").AddColumns("check", "value");
        table.AddRow("start to ready", $"{report.StartToReadySeconds:F2}s");
        table.AddRow("rows posted", report.Rows.ToString(CultureInfo.InvariantCulture));
        table.AddRow("rows differing", $"{report.Mismatches} (tolerance {report.Tolerance.ToString("G3", CultureInfo.InvariantCulture)})");
        table.AddRow("largest difference", report.MaxDifference.ToString("G3", CultureInfo.InvariantCulture));
        table.AddRow("predictions in /metrics", report.PredictionsCounted.ToString(CultureInfo.InvariantCulture));
        table.AddRow("charts drawn on /dashboard", report.DashboardCharts.ToString(CultureInfo.InvariantCulture));
        console.Write(table);
        foreach (var problem in report.Problems)
        {
            console.MarkupLine($"[red]-[/] {Markup.Escape(problem)}");
        }
        console.MarkupLine(report.Passed ? "[green]PASSED[/]: the container answers like the model in process" : "[red]FAILED[/]");
    }

    public static void Push(IAnsiConsole console, PushResult result, string? recorded, bool json)
    {
        if (json)
        {
            console.WriteLine(JsonReport.Serialize(new { result.Repository, result.Digest, result.Tags, RecordedIn = recorded }));
            return;
        }
        console.MarkupLine($"pushed [bold]{Markup.Escape(result.Repository)}[/]@{Markup.Escape(result.Digest)} as {Markup.Escape(string.Join(", ", result.Tags))}");
        console.MarkupLine(recorded is null ? "digest not recorded: the model version is not in the model registry" : $"digest recorded in {Markup.Escape(recorded)}");
    }

    public static void Promotion(IAnsiConsole console, PromotionResult result, bool json)
    {
        if (json)
        {
            console.WriteLine(JsonReport.Serialize(result));
            return;
        }
        var table = new Table().Title($"{Markup.Escape(result.Repository)} → {Markup.Escape(result.Digest)}").AddColumns("tag", "before", "now");
        foreach (var (tag, before) in result.Previous)
        {
            table.AddRow(Markup.Escape(tag), Markup.Escape(before ?? "(new)"), Markup.Escape(result.Digest));
        }
        console.Write(table);
    }
}
