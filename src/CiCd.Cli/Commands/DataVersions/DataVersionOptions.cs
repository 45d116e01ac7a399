using System.CommandLine;
using CiCd.DataVersions.Train;

namespace CiCd.Cli.Commands.DataVersions;

/// <summary>The options every data version command shares.</summary>
internal static class DataVersionOptions
{
    public static Option<string?> Cache() => new("--cache")
    {
        Description = "The local cache for repositories without a registry host (default: .mlops/data beside the config file).",
    };

    /// <summary>The cache the option names, else the one beside the config file (where mlops train looks).</summary>
    public static string CacheOf(string? given, string configPath) => given ?? DatasetVersionResolver.CacheOf(configPath);

    /// <summary>Runs an async body the way the other commands do (the invocation is synchronous).</summary>
    public static int Run(Func<HttpClient, Task<int>> body)
    {
        using var http = DataVersionTarget.Http();
        return body(http).GetAwaiter().GetResult();
    }
}
