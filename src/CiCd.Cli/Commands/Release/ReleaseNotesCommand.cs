using System.CommandLine;
using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Pipeline.Release;
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
            var stage = new ReleaseStage(ConfigLoader.Load(parse.GetRequiredValue(config)));
            var written = stage.WriteNotes(new ReleaseNotesRequest(parse.GetRequiredValue(card), parse.GetValue(registered), parse.GetValue(gate),
                parse.GetValue(version), parse.GetValue(image), parse.GetValue(commit), parse.GetRequiredValue(output)));
            console.WriteLine($"release notes for {written.Plan.Tag} written to {written.Path}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
