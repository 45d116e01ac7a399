using CiCd.Configuration;
using CiCd.DataVersions.Push;
using CiCd.DataVersions.Stores;
using CiCd.Errors;
using CiCd.Storage;

namespace CiCd.DataVersions.Adopt;

/// <summary>
/// Makes a training snapshot (<c>mlops data snapshot</c>) the project's training data, as the retraining pull request
/// proposes it: with <c>dataset.remote</c>, the snapshot is pushed there and <c>dataset.version</c> set to its digest (the
/// bytes stay out of git); without, it is copied over <c>dataset.path</c>. Its provenance goes beside the data file in
/// both cases, so the pull request shows where the rows came from.
/// </summary>
public static class SnapshotAdoption
{
    /// <summary>Adopts <paramref name="snapshot"/> for <paramref name="config"/>; <paramref name="open"/> opens the remote's store.</summary>
    public static async Task<AdoptionResult> AdoptAsync(MlopsConfig config, string snapshot, string? tag, Func<IArtifactStore> open,
        TextWriter log, CancellationToken cancel)
    {
        if (!File.Exists(snapshot))
        {
            throw new InputException(snapshot, null, null, "no such snapshot file");
        }
        var dataset = config.Dataset;
        var changed = new List<string>();
        string? digest = null;
        if (dataset.Remote is { } remote)
        {
            // Pushed under the dataset's schema, so the version carries the dataset fingerprint that training checks on pull.
            var pushed = await new DataPusher(open(), log).PushAsync(snapshot, dataset with { Path = Path.GetFullPath(snapshot) }, tag, cancel);
            digest = pushed.Digest;
            DatasetVersionLine.Set(config.SourceFile, digest);
            changed.Add(Path.GetFullPath(config.SourceFile));
            log.WriteLine($"dataset.version in {config.SourceFile} is now {digest} ({remote})");
        }
        else
        {
            Copy(snapshot, dataset.Path);
            changed.Add(Path.GetFullPath(dataset.Path));
        }
        var provenance = snapshot + ".provenance.json";
        if (File.Exists(provenance))
        {
            var beside = Path.ChangeExtension(dataset.Path, ".provenance.json");
            Copy(provenance, beside);
            changed.Add(Path.GetFullPath(beside));
        }
        return new AdoptionResult(dataset.Remote is null ? AdoptionResult.Committed : AdoptionResult.Pushed, dataset.Remote, digest, changed);
    }

    private static void Copy(string from, string to) => AtomicFile.Write(to, target =>
    {
        using var source = File.OpenRead(from);
        source.CopyTo(target);
    });
}
