using System.Globalization;
using CiCd.Errors;
using CiCd.Formats;

namespace CiCd.Cli.Commands.DataVersions;

/// <summary>
/// Refuses a <c>--layer-size</c> that would cut a file into more layers than a registry handles well: each layer is a
/// request and a manifest entry, and registries cap a manifest at a few megabytes (about 4 MB in the distribution
/// registry), so a tiny layer size turns a push into tens of thousands of requests that end in a refused manifest.
/// </summary>
internal static class LayerCount
{
    /// <summary>The most layers one data version may have.</summary>
    public const long Max = 1000;

    /// <summary>Throws when <paramref name="file"/> cut into <paramref name="layerSize"/>-byte layers exceeds <see cref="Max"/>.</summary>
    public static void Check(string file, long layerSize)
    {
        if (!File.Exists(file))
        {
            return; // the pusher names a missing file
        }
        var size = new FileInfo(file).Length;
        var layers = (size + layerSize - 1) / layerSize;
        if (layers > Max)
        {
            var least = (size + Max - 1) / Max;
            throw new InputException(file, null, null, string.Create(CultureInfo.InvariantCulture,
                $"--layer-size {layerSize} cuts this {size}-byte file into {Counted.Of(layers, "layer")}; a data version has at most {Max} (use at least {Counted.Of(least, "byte")})"));
        }
    }
}
