using System.Globalization;
using CiCd.Data.Profiling;
using CiCd.Formats;
using CiCd.Reporting.Profile;
using Spectre.Console;

namespace CiCd.Cli.Rendering;

/// <summary>The profile on the console: the overview line, the alerts and the strongest features; the rest is in the files.</summary>
internal static class ProfileRenderer
{
    public static void Render(IAnsiConsole console, DataProfile profile, string folder)
    {
        var o = profile.Overview;
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[bold]{ConsoleText.Escape(profile.Name)}[/]: {Counted.Of(o.Rows, "row")}, {Counted.Of(o.Columns, "column")} ({ConsoleText.Escape(o.KindsText)}), {Counted.Of(o.MissingCells, "missing cell")}, {Counted.Of(o.DuplicateRows, "duplicate row")}"));
        var alerts = new Table().Title(Counted.Of(profile.Alerts.Count, "alert"));
        alerts.AddColumns("alert", "column", "what");
        foreach (var alert in profile.Alerts)
        {
            alerts.AddRow(ProfileAlertNames.Of(alert.Kind), ConsoleText.Escape(alert.Column ?? "(data set)"), ConsoleText.Escape(alert.Message));
        }
        console.Write(alerts);
        var features = new Table().Title("strongest features against the target");
        features.AddColumns("feature", "normalized MI", "leakage");
        foreach (var a in profile.Associations.Take(ProfileMarkdown.TopFeatures))
        {
            features.AddRow(ConsoleText.Escape(a.Feature), a.NormalizedMutualInformation.ToString("0.000", CultureInfo.InvariantCulture), a.PossibleLeakage ? "[red]possible[/]" : "");
        }
        console.Write(features);
        console.MarkupLine($"wrote [bold]{ConsoleText.Escape(Path.Combine(folder, ProfileFiles.Html))}[/], {ProfileFiles.Json}, {ProfileFiles.Markdown}");
    }
}
