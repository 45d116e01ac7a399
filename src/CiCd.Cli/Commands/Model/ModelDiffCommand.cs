using System.CommandLine;
using System.Globalization;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Registry;
using CiCd.Train;
using Spectre.Console;

namespace CiCd.Cli.Commands.Model;

/// <summary>`mlops model diff`: two versions' params and metrics side by side, differences highlighted.</summary>
internal static class ModelDiffCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var target = new ModelTarget();
        var left = new Argument<string>("left") { Description = "A version or alias." };
        var right = new Argument<string>("right") { Description = "Another version or alias." };
        var json = CommonOptions.Json();
        var command = new Command("diff", "Compare two versions' params and metrics.") { left, right, json };
        target.AddTo(command);
        command.SetAction(parse =>
        {
            var (registry, model) = target.Resolve(parse);
            var diff = registry.Diff(model, parse.GetRequiredValue(left), parse.GetRequiredValue(right));
            if (parse.GetValue(json))
            {
                console.WriteLine(JsonReport.Serialize(diff));
                return ExitCodes.Ok;
            }
            var table = new Table().Title($"{Markup.Escape(model)}: version {diff.Left.Version} vs {diff.Right.Version}")
                .AddColumns("", $"v{diff.Left.Version}", $"v{diff.Right.Version}", "delta");
            foreach (var row in diff.Params)
            {
                var style = row.Differs ? "yellow" : "grey";
                table.AddRow($"[{style}]param {Markup.Escape(row.Name)}[/]", Markup.Escape(row.Values[0] ?? "–"), Markup.Escape(row.Values[1] ?? "–"), "");
            }
            foreach (var row in diff.Metrics)
            {
                var delta = row.Values[0] is { } a && row.Values[1] is { } b ? (b - a).ToString("+0.0000;-0.0000;0", CultureInfo.InvariantCulture) : "–";
                table.AddRow($"metric {Markup.Escape(row.Name)}", F(row.Values[0]), F(row.Values[1]), delta);
            }
            console.Write(table);
            WriteTargets(console, registry, model, diff.Left.Version, diff.Right.Version);
            return ExitCodes.Ok;
        });
        return command;
    }

    // The target as `mlops model show` prints it, one line per version (too long for a table cell), and whether it moved:
    // a change in the training target's distribution or class balance explains a change in the metrics.
    private static void WriteTargets(IAnsiConsole console, ModelRegistry registry, string model, int left, int right)
    {
        var lines = new[] { left, right }.Select(v => (Version: v, Text: TargetDistributionText.Of(
            JsonReport.Read<ModelCard>(registry.Load(model, v.ToString(CultureInfo.InvariantCulture)).CardPath)))).ToList();
        foreach (var (version, text) in lines)
        {
            console.MarkupLine(text is var (label, line) ? $"v{version} {Markup.Escape(label)}: {Markup.Escape(line)}" : $"v{version} target: – (its card keeps no distribution)");
        }
        if (lines[0].Text is { } a && lines[1].Text is { } b)
        {
            console.MarkupLine(a == b ? "[grey]target: the same in both versions[/]" : "[yellow]target: changed between the versions[/]");
        }
    }

    private static string F(double? value) => value?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "–";
}
