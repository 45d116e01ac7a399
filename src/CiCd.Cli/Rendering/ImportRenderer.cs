using CiCd.Configuration.Yaml;
using CiCd.Data.Arff;
using CiCd.Formats;
using Spectre.Console;

namespace CiCd.Cli.Rendering;

/// <summary>Shows what an import produced: one row per column with the kind to declare in mlops.yaml.</summary>
internal static class ImportRenderer
{
    public static void Render(IAnsiConsole console, ImportResult result)
    {
        var table = new Table().Title($"[bold]{Markup.Escape(result.Relation)}[/]: {Counted.Of(result.Rows, "row")} → {Markup.Escape(result.Output)}");
        table.AddColumns("column", "kind", "categories", "missing");
        foreach (var column in result.Columns)
        {
            table.AddRow(
                Markup.Escape(column.Name),
                SnakeCaseNames.Name(column.Kind),
                Markup.Escape(string.Join(", ", column.Categories)),
                column.Missing.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        console.Write(table);
        console.MarkupLine($"sha256 [bold]{result.Sha256}[/]");
    }
}
