using System.CommandLine;
using System.Globalization;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Pipeline.Register;
using CiCd.Registry;
using CiCd.Registry.Versions;
using Spectre.Console;

namespace CiCd.Cli.Commands.Model;

/// <summary>`mlops model register`: files a trained, gate-blessed model (with its drift reference) as a new immutable version.</summary>
internal static class ModelRegisterCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var target = new ModelTarget();
        var from = new Option<string>("--from") { Description = "The training output folder.", DefaultValueFactory = _ => "out/train" };
        var gate = new Option<string>("--gate") { Description = "The gate output folder whose BLESSED marker must name this run.", DefaultValueFactory = _ => "out/gate" };
        var unblessed = new Option<bool>("--skip-gate-check") { Description = "Register even without the gate's blessing (recorded as a tag in the params)." };
        var alias = new Option<string?>("--alias") { Description = "Also point this alias (development, certification, production) at the new version." };
        var json = CommonOptions.Json();
        var command = new Command("register", "Register the trained model as a new version.") { from, gate, unblessed, alias, json };
        target.AddTo(command);
        command.SetAction(parse =>
        {
            var (registry, model) = target.Resolve(parse);
            var gateFolder = parse.GetValue(unblessed) ? null : parse.GetRequiredValue(gate);
            var (version, card) = new RegisterStage(registry).Run(model, parse.GetRequiredValue(from), gateFolder, parse.GetValue(alias));
            if (parse.GetValue(json))
            {
                console.WriteLine(JsonReport.Serialize(version));
            }
            else
            {
                var moved = parse.GetValue(alias) is { } name ? $"; {Markup.Escape(name)} → version {version.Version}" : "";
                console.MarkupLine($"registered [bold]{Markup.Escape(model)}[/] version [bold]{version.Version}[/] from run {Markup.Escape(card.RunId)} (model sha256 {version.ModelSha256[..12]}…){moved}");
                Again(console, registry.Show(model), version, parse.GetValue(alias));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    // Registering a run again is allowed (MLflow allows it too), but mostly a slip: someone wanted an alias on the version
    // the run already is. Say so, with the command that moves the alias instead.
    private static void Again(IAnsiConsole console, RegisteredModel registered, ModelVersion version, string? alias)
    {
        var earlier = registered.Versions.Where(v => v.RunId == version.RunId && v.Version < version.Version).Select(v => v.Version).ToList();
        if (earlier.Count == 0)
        {
            return;
        }
        var numbers = string.Join(", ", earlier.Select(n => n.ToString(CultureInfo.InvariantCulture)));
        console.MarkupLine(Markup.Escape($"note: run {version.RunId} is also version {numbers}; to point an alias at a version without a copy: " +
            $"mlops model promote {earlier[^1].ToString(CultureInfo.InvariantCulture)} --alias {alias ?? "production"}"));
    }
}
