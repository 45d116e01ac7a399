using System.CommandLine;
using System.Globalization;
using CiCd.Errors;
using CiCd.Formats;
using Spectre.Console;

namespace CiCd.Cli.Commands.Model;

/// <summary>`mlops model list`: the model's versions with their headline metrics and the aliases on them.</summary>
internal static class ModelListCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var target = new ModelTarget();
        var json = CommonOptions.Json();
        var command = new Command("list", "List a model's versions and aliases.") { json };
        target.AddTo(command);
        command.SetAction(parse =>
        {
            var (registry, model) = target.Resolve(parse);
            var registered = registry.Show(model);
            if (parse.GetValue(json))
            {
                console.WriteLine(JsonReport.Serialize(registered.Versions));
                return ExitCodes.Ok;
            }
            // The selection metric first, then the cost, then the rest: the columns a reviewer compares.
            var primary = registered.Versions.Select(v => v.Params.GetValueOrDefault("primary_metric")).LastOrDefault(p => p is not null);
            var metrics = registered.Versions.SelectMany(v => v.Metrics.Keys).Distinct()
                .OrderBy(m => m == primary ? 0 : m == Metrics.MetricNames.ExpectedCost ? 1 : 2).ThenBy(m => m, StringComparer.Ordinal)
                .Take(5).ToList();
            var table = new Table().Title($"{Markup.Escape(model)}: {Counted.Of(registered.Versions.Count, "version")}");
            table.AddColumns(["version", "aliases", "registered", "run", .. metrics]);
            foreach (var version in registered.Versions.OrderByDescending(v => v.Version))
            {
                var aliases = string.Join(", ", registered.Aliases.Where(a => a.Value == version.Version).Select(a => a.Key));
                table.AddRow([
                    version.Version.ToString(CultureInfo.InvariantCulture), Markup.Escape(aliases), version.RegisteredAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    Markup.Escape(version.RunId), .. metrics.Select(m => version.Metrics.TryGetValue(m, out var v) ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "–")]);
            }
            console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
