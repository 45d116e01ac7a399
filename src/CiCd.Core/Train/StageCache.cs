using CiCd.Formats;
using CiCd.Storage;

namespace CiCd.Train;

/// <summary>
/// Keeps each training run's files under <c>cache/&lt;key&gt;/</c>. A run is built in a temp folder and
/// renamed into place whole, so a crash never leaves a half-written entry that looks complete. An entry
/// without one of <paramref name="files"/> (written before that file was cached) is a miss, and is replaced.
/// </summary>
public sealed class StageCache(string root, IReadOnlyList<string> files)
{
    /// <summary>A cache of every file of a train-stage run.</summary>
    public StageCache(string root)
        : this(root, TrainingFiles.All)
    {
    }

    /// <summary>Copies a cached run for <paramref name="key"/> into <paramref name="outputFolder"/>, if one exists.</summary>
    public bool TryRestore(string key, string outputFolder, out TrainingResult result)
    {
        var entry = Path.Combine(root, key);
        var resultFile = Path.Combine(entry, TrainingFiles.Result);
        if (!files.All(file => File.Exists(Path.Combine(entry, file))))
        {
            result = null!;
            return false;
        }
        foreach (var file in files)
        {
            var source = Path.Combine(entry, file);
            AtomicFile.Write(Path.Combine(outputFolder, file), stream =>
            {
                using var input = File.OpenRead(source);
                input.CopyTo(stream);
            });
        }
        var stored = JsonReport.Read<TrainingResult>(resultFile);
        var output = Path.GetFullPath(outputFolder);
        result = stored with
        {
            OutputFolder = output,
            ModelPath = Path.Combine(output, TrainingFiles.Model),
            CardPath = Path.Combine(output, TrainingFiles.CardJson),
        };
        // The cached copy names the cache entry; the output's copy must name the output folder.
        JsonReport.Write(Path.Combine(output, TrainingFiles.Result), result);
        return true;
    }

    /// <summary>Builds an entry for <paramref name="key"/> with <paramref name="build"/>, then publishes it by renaming.</summary>
    public TrainingResult Store(string key, Func<string, TrainingResult> build)
    {
        Directory.CreateDirectory(root);
        var temp = Path.Combine(root, $".{key}.{Guid.NewGuid():N}.tmp");
        try
        {
            var result = build(temp);
            var entry = Path.Combine(root, key);
            if (Directory.Exists(entry))
            {
                Directory.Delete(entry, recursive: true);
            }
            Directory.Move(temp, entry);
            return result;
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }
}
