using System.Reflection;
using System.Text.RegularExpressions;
using CiCd.Testing;

namespace CiCd.Workflows.Tests.Deploy;

/// <summary>
/// The settings `mlops serve` reads from the environment, as the service declares them: each options class bound in
/// src/CiCd.Serving/Hosting/ServingServices.cs gives <c>Section__Property</c> names; the probe routes come from HealthApi.cs.
/// </summary>
public static partial class ServingSettings
{
    private static readonly Assembly Serving = typeof(CiCd.Serving.Hosting.ServingOptions).Assembly;

    /// <summary>Every environment name the service binds (e.g. <c>Serving__ApiKey</c>, <c>PredictionLog__Path</c>).</summary>
    public static IReadOnlySet<string> EnvironmentNames { get; } = Read();

    /// <summary>The route mapped to the handler named <paramref name="handler"/> (Live, Ready) in HealthApi.cs.</summary>
    public static string HealthRoute(string handler)
    {
        var source = File.ReadAllText(RepositoryRoot.PathOf("src/CiCd.Serving/Apis/HealthApi.cs"));
        return MapGet().Matches(source).Single(m => m.Groups["handler"].Value == handler && m.Groups["route"].Value.StartsWith("/health/", StringComparison.Ordinal))
            .Groups["route"].Value;
    }

    private static HashSet<string> Read()
    {
        var source = File.ReadAllText(RepositoryRoot.PathOf("src/CiCd.Serving/Hosting/ServingServices.cs"));
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match binding in Binding().Matches(source))
        {
            var type = Serving.GetTypes().Single(t => t.Name == binding.Groups["type"].Value);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                names.Add($"{binding.Groups["section"].Value}__{property.Name}");
            }
        }
        Assert.NotEmpty(names);
        return names;
    }

    [GeneratedRegex(@"AddOptions<(?<type>\w+)>\(\)\.BindConfiguration\(""(?<section>\w+)""\)")]
    private static partial Regex Binding();

    [GeneratedRegex(@"MapGet\(""(?<route>[^""]+)"",\s*(?<handler>\w+)\)")]
    private static partial Regex MapGet();
}
