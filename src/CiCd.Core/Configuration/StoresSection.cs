using CiCd.Configuration.Yaml;

namespace CiCd.Configuration;

/// <summary>Reads the optional <c>tracking</c> and <c>registry</c> sections; both default to the dataset's name.</summary>
internal static class StoresSection
{
    public static TrackingConfig ReadTracking(YamlNodeReader? node, string datasetName)
    {
        var config = new TrackingConfig(node?.OptionalString("uri"), node?.OptionalString("experiment") ?? datasetName);
        node?.RejectUnknownKeys();
        return config;
    }

    public static RegistryConfig ReadRegistry(YamlNodeReader? node, string datasetName, string folder)
    {
        var root = Path.GetFullPath(Path.Combine(folder, node?.OptionalString("root") ?? "models"));
        var config = new RegistryConfig(root, node?.OptionalString("model") ?? datasetName);
        node?.RejectUnknownKeys();
        return config;
    }
}
