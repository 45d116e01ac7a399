using System.CommandLine;

namespace CiCd.Cli.Commands;

/// <summary>Options several commands share, declared once so their names and help agree.</summary>
internal static class CommonOptions
{
    public static Option<string> Config() => new("--config", "-c")
    {
        Description = "The pipeline config file.",
        DefaultValueFactory = _ => "mlops.yaml",
    };

    public static Option<string> Out(string defaultFolder) => new("--out", "-o")
    {
        Description = "Folder for the outputs (JSON, Markdown, artefacts).",
        DefaultValueFactory = _ => defaultFolder,
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print the machine-readable result (JSON) instead of tables.",
    };
}
