using System.Security.Cryptography;
using CiCd.Configuration;
using CiCd.DataVersions.Artifact;
using CiCd.DataVersions.Push;
using CiCd.DataVersions.Stores;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Storage;

namespace CiCd.DataVersions.Pull;

/// <summary>
/// Fetches a data version into a file: every layer is hashed while it streams into a temp file next to the target, the
/// whole file is checked against the content digest (and the dataset fingerprint when the config says how to compute
/// it), and only then is the temp file moved over the target. A failed or refused pull leaves the target as it was.
/// </summary>
public sealed class DataPuller(IArtifactStore store, TextWriter log)
{
    private const int BufferSize = 1 << 20;

    /// <summary>Pulls <paramref name="reference"/> (tag or digest) to <paramref name="output"/>.</summary>
    public async Task<DataPullResult> PullAsync(string reference, string output, DatasetConfig? dataset, CancellationToken cancel)
    {
        var artifact = await DataArtifactReader.ReadAsync(store, reference, cancel);
        var full = Path.GetFullPath(output);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, LeftoverName.New(Path.GetFileName(full), "tmp"));
        try
        {
            await DownloadAsync(artifact, temp, cancel);
            var checkedFingerprint = CheckFingerprint(artifact, temp, dataset, full);
            File.Move(temp, full, overwrite: true);
            log.WriteLine($"pulled {artifact.Location}@{artifact.Digest} to {output} (every layer and the content digest verified)");
            return new DataPullResult(artifact, output, checkedFingerprint);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private async Task DownloadAsync(DataArtifact artifact, string temp, CancellationToken cancel)
    {
        var progress = new DataProgress(log, $"pulling {artifact.Config.FileName}", artifact.Size);
        using var whole = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var layerHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[BufferSize];
        await using var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
        foreach (var (layer, index) in artifact.Manifest.Layers.Select((l, i) => (l, i)))
        {
            await using var input = await store.OpenBlobAsync(layer, cancel);
            long received = 0;
            int read;
            while ((read = await input.ReadAsync(buffer, cancel)) > 0)
            {
                received += read;
                if (received > layer.Size)
                {
                    throw Refused(artifact, index, $"it holds more than the {Counted.Of(layer.Size, "byte")} the manifest says");
                }
                layerHash.AppendData(buffer, 0, read);
                whole.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancel);
                progress.Advance(read);
            }
            var digest = Digests.Of(layerHash);
            if (received != layer.Size || digest != layer.Digest)
            {
                throw Refused(artifact, index, $"its {Counted.Of(received, "byte")} hash to {digest}, not {layer.Digest} ({Counted.Of(layer.Size, "byte")})");
            }
        }
        if (Digests.Of(whole) is var content && content != artifact.Config.ContentDigest)
        {
            throw new MlopsException($"{artifact.Reference}: the file hashes to {content}, not the content digest {artifact.Config.ContentDigest} its config records; nothing was written", ExitCodes.CheckFailed);
        }
        file.Flush(flushToDisk: true);
    }

    // The dataset fingerprint needs the schema; without the config's dataset the content digest above is the check.
    private static bool CheckFingerprint(DataArtifact artifact, string temp, DatasetConfig? dataset, string full)
    {
        if (artifact.Config.FingerprintKind != DataConfigBuilder.DatasetKind || dataset is null || Path.GetFullPath(dataset.Path) != full)
        {
            return false;
        }
        var actual = DataConfigBuilder.Fingerprint(temp, dataset);
        return actual == artifact.Config.Fingerprint ? true
            : throw new MlopsException($"{artifact.Reference}: the pulled data has fingerprint {actual} under {dataset.Name}'s schema, not {artifact.Config.Fingerprint}; nothing was written", ExitCodes.CheckFailed);
    }

    private static MlopsException Refused(DataArtifact artifact, int index, string problem) =>
        new($"{artifact.Location}@{artifact.Digest}: layer {index + 1} of {artifact.Manifest.Layers.Count} refused, {problem}; the stored blob is corrupt or was tampered with, nothing was written", ExitCodes.CheckFailed);
}
