using System.CommandLine;
using CiCd.Cli.Rendering;
using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Init;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>`mlops init`: writes a complete, commented mlops.yaml for a CSV or ARFF file.</summary>
internal static class InitCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var data = new Option<string>("--data", "-d") { Description = "The CSV or ARFF file to describe (ARFF is converted to a CSV next to the config).", Required = true };
        var target = Target();
        var task = Task();
        var positive = Positive();
        var output = new Option<string>("--out", "-o") { Description = "The config file to write.", DefaultValueFactory = _ => "mlops.yaml" };
        var force = Force();
        var command = new Command("init", "Write a complete, commented mlops.yaml for your data: column kinds, classes, checks, candidates, gates and drift settings.")
        {
            data, target, task, positive, output, force,
        };
        command.SetAction(parse =>
        {
            var request = new InitRequest(parse.GetRequiredValue(data), parse.GetRequiredValue(target), TaskOf(parse.GetValue(task)),
                parse.GetValue(positive), parse.GetRequiredValue(output));
            InitRenderer.Render(console, ConfigInitializer.Write(request, parse.GetValue(force)));
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Option<string> Target() => new("--target", "-t") { Description = "The label column.", Required = true };

    public static Option<string?> Task() => new("--task")
    {
        Description = "binary, multiclass or regression (default: binary for two values, regression for numbers with more than " +
            $"{TaskInference.MaxClassLikeNumbers} distinct values or fractions, multiclass otherwise).",
        CompletionSources = { "binary", "multiclass", "regression" },
    };

    public static Option<string?> Positive() => new("--positive") { Description = "Binary: the class whose probability is scored (default: the minority class)." };

    public static Option<bool> Force() => new("--force") { Description = "Replace files that already exist." };

    public static TaskKind? TaskOf(string? text) => text switch
    {
        null => null,
        "binary" => TaskKind.Binary,
        "multiclass" => TaskKind.Multiclass,
        "regression" => TaskKind.Regression,
        _ => throw new InputException($"--task must be binary, multiclass or regression, found '{text}'"),
    };
}
