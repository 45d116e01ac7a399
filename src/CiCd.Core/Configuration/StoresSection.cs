using CiCd.Configuration.Yaml;
using CiCd.Errors;

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

    /// <summary>The registry section; a model name the registry would refuse is kept as a refusal naming its field (<see cref="RegistryConfig.Refusal"/>).</summary>
    public static RegistryConfig ReadRegistry(YamlNodeReader? node, YamlNodeReader dataset, string datasetName, string folder)
    {
        var root = Path.GetFullPath(Path.Combine(folder, node?.OptionalString("root") ?? "models"));
        var model = node?.OptionalString("model");
        var config = new RegistryConfig(root, model ?? datasetName) { Refusal = Refusal(node, dataset, model, datasetName) };
        node?.RejectUnknownKeys();
        return config;
    }

    private static InputException? Refusal(YamlNodeReader? node, YamlNodeReader dataset, string? model, string datasetName) =>
        (model, node) switch
        {
            (null, _) when !ModelNames.IsValid(datasetName) => dataset.ErrorAt("name",
                $"{dataset.Child("name")} '{datasetName}' is the model's name (registry.model is unset) and must be {ModelNames.Rule}; set registry.model"),
            ({ } name, { } registry) when !ModelNames.IsValid(name) => registry.ErrorAt("model",
                $"{registry.Child("model")} '{name}' must be {ModelNames.Rule}"),
            _ => null,
        };
}
