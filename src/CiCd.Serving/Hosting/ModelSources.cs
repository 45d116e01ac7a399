using CiCd.Serving.Model;

namespace CiCd.Serving.Hosting;

/// <summary>Picks the model source the settings describe: a registered model when a registry is set, else a path.</summary>
public static class ModelSources
{
    /// <summary>The source for <paramref name="options"/>; throws <see cref="ModelRejectedException"/> when it names nothing servable.</summary>
    public static IModelSource Create(ServingOptions options) =>
        string.IsNullOrEmpty(options.Registry)
            ? new FileModelSource(options.Model)
            : new RegistryModelSource(options.Registry, options.Model,
                new RegistryWatch(TimeSpan.FromMilliseconds(options.RegistryPollMilliseconds), options.RegistryFileWatcher));
}
