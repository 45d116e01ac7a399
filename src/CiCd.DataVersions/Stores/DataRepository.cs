using CiCd.Configuration;
using CiCd.Image.Distribution;

namespace CiCd.DataVersions.Stores;

/// <summary>The repository a config's dataset versions live in: <c>dataset.remote</c>, else <c>dataset.name</c> in the local cache.</summary>
public static class DataRepository
{
    /// <summary>The repository (no tag) for <paramref name="dataset"/>; a tag or digest written in <c>remote</c> is the default version.</summary>
    public static ImageReference Of(DatasetConfig dataset) =>
        ImageReference.Parse(dataset.Remote ?? new string([.. dataset.Name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-'));
}
