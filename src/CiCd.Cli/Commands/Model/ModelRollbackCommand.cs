using System.CommandLine;
using CiCd.Errors;
using CiCd.Formats;
using Spectre.Console;

namespace CiCd.Cli.Commands.Model;

/// <summary>`mlops model rollback`: moves an alias back to the version it held before, in one step.</summary>
internal static class ModelRollbackCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var target = new ModelTarget();
        var alias = new Option<string>("--alias", "-a") { Description = "The alias to roll back.", DefaultValueFactory = _ => "production" };
        var reason = new Option<string>("--reason") { Description = "Why (kept in the alias history).", DefaultValueFactory = _ => "rollback" };
        var json = CommonOptions.Json();
        var command = new Command("rollback", "Move an alias back to the version it pointed at before its last move.") { alias, reason, json };
        target.AddTo(command);
        command.SetAction(parse =>
        {
            var (registry, model) = target.Resolve(parse);
            var change = registry.Rollback(model, parse.GetRequiredValue(alias), parse.GetRequiredValue(reason));
            if (parse.GetValue(json))
            {
                console.WriteLine(JsonReport.Serialize(change));
            }
            else
            {
                console.MarkupLine($"{Markup.Escape(change.Alias)} rolled back: {change.From} → {change.To}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
