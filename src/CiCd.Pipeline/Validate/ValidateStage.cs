using CiCd.Configuration;
using CiCd.Formats;
using CiCd.Storage;
using CiCd.Validate;

namespace CiCd.Pipeline.Validate;

/// <summary>
/// The validate stage: checks a data file against the schema and rules of the config, and writes the report as
/// <c>validation.json</c> and <c>validation.md</c>, whether it passed or not.
/// </summary>
public sealed class ValidateStage(MlopsConfig config)
{
    /// <summary>The report's JSON file in the output folder.</summary>
    public const string Json = "validation.json";

    /// <summary>The report's Markdown file in the output folder.</summary>
    public const string Markdown = "validation.md";

    /// <summary>Validates <paramref name="dataPath"/> (the configured dataset when null) and writes the report into <paramref name="outputFolder"/>.</summary>
    public ValidationReport Run(string? dataPath, string outputFolder)
    {
        var report = DataValidator.Validate(config, dataPath);
        JsonReport.Write(Path.Combine(outputFolder, Json), report);
        AtomicFile.WriteAllText(Path.Combine(outputFolder, Markdown), ValidationMarkdown.Render(report));
        return report;
    }
}
