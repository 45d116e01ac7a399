using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Pipeline.Gate;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>`mlops gate`: checks a candidate's card against thresholds and the champion; exits 1 on any failure.</summary>
internal static class GateCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var config = CommonOptions.Config();
        var candidate = new Option<string>("--candidate") { Description = "The candidate's model card.", DefaultValueFactory = _ => "out/train/model-card.json" };
        var champion = new Option<string?>("--champion") { Description = "The champion's model card (default: gates.champion.card in the config, else the registry's production version)." };
        var output = CommonOptions.Out("out/gate");
        var json = CommonOptions.Json();
        var command = new Command("gate", "Gate a trained candidate against metric thresholds and the champion.") { config, candidate, champion, output, json };
        command.SetAction(parse =>
        {
            var stage = new GateStage(ConfigLoader.Load(parse.GetRequiredValue(config)));
            var report = stage.Run(parse.GetRequiredValue(candidate), parse.GetValue(champion), parse.GetRequiredValue(output));
            if (parse.GetValue(json))
            {
                console.WriteLine(JsonReport.Serialize(report));
            }
            else
            {
                GateRenderer.Render(console, report);
            }
            return report.Passed ? ExitCodes.Ok : ExitCodes.CheckFailed;
        });
        return command;
    }
}
