using System.Globalization;
using CiCd.Configuration;
using CiCd.DataVersions.Artifact;
using CiCd.DataVersions.Stores;
using CiCd.Errors;
using CiCd.Formats;

namespace CiCd.DataVersions.Push;

/// <summary>
/// Stores a data file as an OCI artifact: chunks above <paramref name="layerSize"/> become separate layers, blobs the
/// store already holds are skipped, and the manifest is tagged with the fingerprint and the optional name.
/// </summary>
public sealed class DataPusher(IArtifactStore store, TextWriter log, long layerSize = DataPusher.DefaultLayerSize)
{
    /// <summary>Layers of at most 64 MiB: a broken push or a changed tail re-sends little, and registries take them all.</summary>
    public const long DefaultLayerSize = 64L << 20;

    /// <summary>Pushes <paramref name="file"/>; <paramref name="name"/> is the extra tag (e.g. 2026-12-06).</summary>
    public async Task<DataPushResult> PushAsync(string file, DatasetConfig? dataset, string? name, CancellationToken cancel)
    {
        if (!File.Exists(file))
        {
            throw new InputException(file, null, null, "no such data file");
        }
        var (layerType, format) = DataMediaTypes.ForFile(file);
        var plan = await LayerPlan.ScanAsync(file, layerSize, cancel);
        var config = DataConfigBuilder.Build(file, plan, dataset, format);
        var configBytes = DataJson.Bytes(config);
        var configBlob = BlobSource.FromBytes(configBytes);
        if (!await store.HasBlobAsync(configBlob.Digest, cancel))
        {
            await store.PutBlobAsync(configBlob, DataProgress.None, cancel);
        }
        var progress = new DataProgress(log, $"pushing {Path.GetFileName(file)}", plan.Size);
        var skipped = 0;
        var layers = new List<OciDescriptor>();
        foreach (var (slice, index) in plan.Layers.Select((s, i) => (s, i)))
        {
            if (await store.HasBlobAsync(slice.Digest, cancel))
            {
                skipped++;
                progress.Advance(slice.Length);
            }
            else
            {
                await store.PutBlobAsync(BlobSource.FromFile(file, slice.Offset, slice.Length, slice.Digest), progress, cancel);
            }
            layers.Add(new OciDescriptor(layerType, slice.Digest, slice.Length, new Dictionary<string, string>
            {
                ["org.opencontainers.image.title"] = plan.Layers.Count == 1 ? config.FileName
                    : string.Create(CultureInfo.InvariantCulture, $"{config.FileName}.part{index:D4}"),
            }));
        }
        var manifest = DataJson.Bytes(new OciManifest(2, DataMediaTypes.Manifest, DataMediaTypes.ArtifactType,
            new OciDescriptor(DataMediaTypes.Config, configBlob.Digest, configBytes.Length), layers,
            new Dictionary<string, string> { ["org.opencontainers.image.created"] = config.Provenance.Pushed.ToString("O", CultureInfo.InvariantCulture) }));
        var tags = new[] { config.Fingerprint, name }.OfType<string>().Distinct().ToList();
        foreach (var tag in tags)
        {
            await store.PutManifestAsync(manifest, tag, cancel);
        }
        var digest = Digests.Of(manifest);
        log.WriteLine($"pushed {file} to {store.Location} as {digest} ({string.Join(", ", tags)}; {skipped} of {Counted.Of(layers.Count, "layer")} already there)");
        return new DataPushResult(store.Location, digest, tags, plan.Size, layers.Count, skipped, config);
    }
}
