using System.Reflection;
using Microsoft.ML;

namespace CiCd.Train;

/// <summary>The versions that, with data, config and seed, decide a training result (and so key the stage cache).</summary>
public static class ToolVersions
{
    /// <summary>This tool's informational version.</summary>
    public static string Tool { get; } = Informational(typeof(ToolVersions).Assembly);

    /// <summary>The ML.NET version the models are trained with.</summary>
    public static string MlNet { get; } = Informational(typeof(MLContext).Assembly);

    private static string Informational(Assembly assembly)
    {
        // The informational version carries the source commit ("0.1.0+abc123"): code that changed retrains.
        return assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "unknown";
    }
}
