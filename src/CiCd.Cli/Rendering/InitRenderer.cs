using CiCd.Configuration;
using CiCd.Configuration.Yaml;
using CiCd.Init;
using Spectre.Console;

namespace CiCd.Cli.Rendering;

/// <summary>Says what <c>mlops init</c> wrote and what to run next.</summary>
internal static class InitRenderer
{
    public static void Render(IAnsiConsole console, InitResult result)
    {
        var dataset = result.Config.Dataset;
        if (result.ConvertedFrom is { } arff)
        {
            console.MarkupLine($"converted {ConsoleText.Escape(arff)} → {ConsoleText.Escape(result.DataPath)}");
        }
        var kinds = dataset.Columns.GroupBy(c => c.Kind).Select(g => $"{g.Count()} {SnakeCaseNames.Name(g.Key)}");
        var target = dataset.Task == TaskKind.Regression ? "a number" : string.Join(", ", dataset.Classes);
        console.MarkupLine($"wrote [bold]{ConsoleText.Escape(result.ConfigPath)}[/]: {SnakeCaseNames.Name(dataset.Task)}, target " +
            $"{ConsoleText.Escape(dataset.Target)} ({ConsoleText.Escape(target)}), columns: {string.Join(", ", kinds)}");
        foreach (var warning in result.Warnings)
        {
            console.MarkupLine($"[yellow]warning:[/] {ConsoleText.Escape(warning)}");
        }
        var config = ConsoleText.Escape(Path.GetRelativePath(Directory.GetCurrentDirectory(), result.ConfigPath));
        console.MarkupLine($"next: mlops data validate -c {config} && mlops train -c {config} && mlops gate -c {config}");
    }
}
