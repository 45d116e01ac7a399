using System.Globalization;
using CiCd.DataVersions.Artifact;
using CiCd.DataVersions.Pull;
using CiCd.DataVersions.Push;
using CiCd.Formats;
using Spectre.Console;

namespace CiCd.Cli.Rendering;

/// <summary>Tables (or JSON) for `mlops data push|pull|list|show`.</summary>
internal static class DataVersionRenderer
{
    public static void Push(IAnsiConsole console, DataPushResult result, bool json)
    {
        if (json)
        {
            console.WriteLine(JsonReport.Serialize(result));
            return;
        }
        var table = new Table().Title($"Data version in {Markup.Escape(result.Repository)}").AddColumns("", "");
        table.AddRow("digest", Markup.Escape(result.Digest));
        table.AddRow("tags", Markup.Escape(string.Join(", ", result.Tags)));
        table.AddRow("size", $"{Mib(result.Size)} in {Counted.Of(result.Layers, "layer")}, {result.LayersSkipped} already stored");
        table.AddRow("fingerprint", $"{Markup.Escape(result.Config.Fingerprint)} ({result.Config.FingerprintKind})");
        console.Write(table);
    }

    public static void Pull(IAnsiConsole console, DataPullResult result, bool json)
    {
        if (json)
        {
            console.WriteLine(JsonReport.Serialize(new
            {
                location = result.Artifact.Location,
                reference = result.Artifact.Reference,
                digest = result.Artifact.Digest,
                output = result.Output,
                size = result.Artifact.Size,
                fingerprint = result.Artifact.Config.Fingerprint,
                fingerprintChecked = result.FingerprintChecked,
            }));
            return;
        }
        console.MarkupLine($"{Markup.Escape(result.Output)}: {Markup.Escape(result.Artifact.Digest)}, {Mib(result.Artifact.Size)}, "
            + (result.FingerprintChecked ? "layers, content digest and dataset fingerprint verified" : "layers and content digest verified"));
    }

    public static void List(IAnsiConsole console, string repository, IReadOnlyList<string> tags, bool json)
    {
        if (json)
        {
            console.WriteLine(JsonReport.Serialize(new { repository, tags }));
            return;
        }
        var table = new Table().Title($"Data versions in {Markup.Escape(repository)}").AddColumn("tag");
        foreach (var tag in tags)
        {
            table.AddRow(Markup.Escape(tag));
        }
        console.Write(table);
    }

    public static void Show(IAnsiConsole console, DataArtifact artifact, bool json)
    {
        if (json)
        {
            console.WriteLine(JsonReport.Serialize(artifact));
            return;
        }
        var config = artifact.Config;
        var table = new Table().Title($"{Markup.Escape(artifact.Location)} {Markup.Escape(artifact.Reference)}").AddColumns("", "");
        table.AddRow("digest", Markup.Escape(artifact.Digest));
        table.AddRow("file", $"{Markup.Escape(config.FileName)} ({config.Format}, {Mib(config.Size)}, {(config.Rows is { } rows ? Counted.Of(rows, "row") : "? rows")})");
        table.AddRow("fingerprint", $"{Markup.Escape(config.Fingerprint)} ({config.FingerprintKind})");
        table.AddRow("content digest", Markup.Escape(config.ContentDigest));
        table.AddRow("columns", Markup.Escape(string.Join(", ", config.Columns.Select(c => c.Kind is null ? c.Name : $"{c.Name}:{c.Kind}"))));
        table.AddRow("pushed", Markup.Escape($"{config.Provenance.Pushed:u} by {config.Provenance.User} from {config.Provenance.SourcePath}"
            + (config.Provenance.GitCommit is { } commit ? $" at {commit}" : "")));
        foreach (var (layer, index) in artifact.Manifest.Layers.Select((l, i) => (l, i)))
        {
            table.AddRow($"layer {index + 1}", $"{Markup.Escape(layer.Digest)} {Mib(layer.Size)}");
        }
        console.Write(table);
    }

    private static string Mib(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F1} MiB");
}
