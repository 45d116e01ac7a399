using CiCd.Data.Profiling;
using CiCd.Formats;
using CiCd.Registry;
using CiCd.Registry.Aliases;
using CiCd.Reporting.Content;
using CiCd.Train;

namespace CiCd.Reporting.Sources;

/// <summary>Reads the latest run's data profile and the production version's (checked against its sha256) for the summary's data section.</summary>
public static class DataProfileSource
{
    /// <summary>The two profiles, or a note saying why there is no data section.</summary>
    public static ReportPart<DataComparison> Read(string trainFolder, string registryRoot, string? model)
    {
        var path = Path.Combine(trainFolder, TrainingFiles.DataProfile);
        if (!File.Exists(path))
        {
            return ReportPart.Missing<DataComparison>($"no {TrainingFiles.DataProfile} in {trainFolder}: run 'mlops train' to profile the training rows");
        }
        var current = JsonReport.Read<DataProfile>(path);
        var registry = new ModelRegistry(new RegistryOptions { Root = registryRoot });
        var production = model is null || registry.FindByAlias(model, ModelAliases.Production) is null
            ? null
            : registry.LoadDataProfile(model, ModelAliases.Production);
        return ReportPart.Of(new DataComparison(current, production is null ? null : JsonReport.Read<DataProfile>(production)));
    }
}
