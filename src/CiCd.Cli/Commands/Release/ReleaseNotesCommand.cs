using System.CommandLine;
using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Gate;
using CiCd.Registry;
using CiCd.Release.Notes;
using CiCd.Storage;
using CiCd.Train;
using Spectre.Console;

namespace CiCd.Cli.Commands.Release;

/// <summary>`mlops release notes`: writes the release notes from the model card and the gate report.</summary>
internal static class ReleaseNotesCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var config = CommonOptions.Config();
        var card = new Option<string>("--card") { Description = "The released model's card (JSON).", DefaultValueFactory = _ => "out/train/model-card.json" };
        var registered = new Option<string?>("--registered") { Description = "Take the card of this registry version or alias instead (e.g. certification), checked against its sha256." };
        var gate = new Option<string?>("--gate") { Description = "The gate report that certified it (JSON); default out/gate/gate.json when it exists." };
        var version = new Option<string?>("--version") { Description = "The version (default: as `mlops release version` plans it)." };
        var image = new Option<string?>("--image") { Description = "The image reference, pinned by digest." };
        var commit = new Option<string?>("--commit") { Description = "The released commit (default: GITHUB_SHA, else HEAD)." };
        var output = new Option<string>("--out", "-o") { Description = "Where to write the notes.", DefaultValueFactory = _ => "out/release/notes.md" };
        var command = new Command("notes", "Write release notes (Markdown) from the model card and the gate report.")
        {
            config, card, registered, gate, version, image, commit, output,
        };
        command.SetAction(parse =>
        {
            var plan = ReleaseVersionPlanner.Plan(parse.GetRequiredValue(config), parse.GetValue(commit));
            var gatePath = parse.GetValue(gate) ?? (File.Exists("out/gate/" + GateFiles.Json) ? "out/gate/" + GateFiles.Json : null);
            var notes = ReleaseNotes.Render(new ReleaseNotesInput(
                parse.GetValue(version) ?? plan.Version,
                JsonReport.Read<ModelCard>(parse.GetValue(registered) is { } selector
                    ? RegisteredCard(parse.GetRequiredValue(config), selector)
                    : parse.GetRequiredValue(card)),
                gatePath is null ? null : JsonReport.Read<GateReport>(gatePath),
                parse.GetValue(commit) ?? Environment.GetEnvironmentVariable("GITHUB_SHA"),
                parse.GetValue(image),
                plan.Previous));
            var path = parse.GetRequiredValue(output);
            AtomicFile.WriteAllText(path, notes);
            console.WriteLine($"release notes for {plan.Tag} written to {path}");
            return ExitCodes.Ok;
        });
        return command;
    }

    // On master nothing is trained: the certified version's card is read from the registry, verified on load.
    private static string RegisteredCard(string configPath, string selector)
    {
        var registry = ConfigLoader.Load(configPath).Registry;
        return new ModelRegistry(new RegistryOptions { Root = registry.Root }).Load(registry.Model, selector).CardPath;
    }
}
