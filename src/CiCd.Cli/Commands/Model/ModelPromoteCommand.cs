using System.CommandLine;
using CiCd.Errors;
using CiCd.Formats;
using Spectre.Console;

namespace CiCd.Cli.Commands.Model;

/// <summary>`mlops model promote`: points an alias at a version and records why.</summary>
internal static class ModelPromoteCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var target = new ModelTarget();
        var selector = new Argument<string>("version") { Description = "A version number (3, v3) or an alias whose version to take." };
        var alias = new Option<string>("--alias", "-a") { Description = "The alias to move.", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why (kept in the alias history).", DefaultValueFactory = _ => "promoted" };
        var json = CommonOptions.Json();
        var command = new Command("promote", "Point an alias (development, certification, production) at a version.") { selector, alias, reason, json };
        target.AddTo(command);
        command.SetAction(parse =>
        {
            var (registry, model) = target.Resolve(parse);
            var change = registry.Promote(model, parse.GetRequiredValue(selector), parse.GetRequiredValue(alias), parse.GetRequiredValue(reason));
            if (parse.GetValue(json))
            {
                console.WriteLine(JsonReport.Serialize(change));
            }
            else
            {
                console.MarkupLine(change is null
                    ? $"{Markup.Escape(parse.GetRequiredValue(alias))} already points at that version; nothing changed"
                    : $"{Markup.Escape(change.Alias)}: {change.From?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} → {change.To}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
