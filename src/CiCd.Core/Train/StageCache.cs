using CiCd.Formats;
using CiCd.Storage;

namespace CiCd.Train;

/// <summary>
/// Keeps each training run's files under <c>cache/&lt;key&gt;/</c>. A run is built in a temp folder and
/// renamed into place whole, so a crash never leaves a half-written entry that looks complete. An entry
/// without one of <paramref name="files"/> (written before that file was cached) is a miss, and is replaced. Runs at
/// the same moment take turns on an entry (<c>.&lt;key&gt;.lock</c>): a store replacing it would otherwise delete the
/// files a restore is copying out. Runs of one key also take turns to train (<see cref="TakeTrainingTurn"/>).
/// </summary>
public sealed class StageCache(string root, IReadOnlyList<string> files)
{
    /// <summary>A cache of every file of a train-stage run.</summary>
    public StageCache(string root)
        : this(root, TrainingFiles.All)
    {
    }

    /// <summary>
    /// Puts a cached run for <paramref name="key"/>, if one exists, in place of the training files of
    /// <paramref name="outputFolder"/>, as one unit (<see cref="AtomicFolder"/>): a failure or a kill part-way leaves the
    /// previous run's files whole, never one run's model beside another's card. Other files in the folder stay.
    /// </summary>
    public bool TryRestore(string key, string outputFolder, out TrainingResult result)
    {
        var entry = Path.Combine(root, key);
        var resultFile = Path.Combine(entry, TrainingFiles.Result);
        // A miss takes no lock; a hit is checked again under it, as a store may have replaced the entry while this waited.
        if (!Complete(entry))
        {
            result = null!;
            return false;
        }
        using var turn = TurnOn(LockOf(key));
        if (!Complete(entry))
        {
            result = null!;
            return false;
        }
        var output = Path.GetFullPath(outputFolder);
        var restored = JsonReport.Read<TrainingResult>(resultFile) with
        {
            OutputFolder = output,
            ModelPath = Path.Combine(output, TrainingFiles.Model),
            CardPath = Path.Combine(output, TrainingFiles.CardJson),
        };
        AtomicFolder.Replace(output, Owned, temp =>
        {
            foreach (var file in files)
            {
                var target = Path.Combine(temp, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                CopyFile(Path.Combine(entry, file), target);
            }
            // The cached copy names the cache entry; the output's copy must name the output folder.
            JsonReport.Write(Path.Combine(temp, TrainingFiles.Result), restored);
        });
        result = restored;
        return true;
    }

    /// <summary>Copies one file of a run into the folder being built; a test puts a failing copy here.</summary>
    internal Action<string, string> CopyFile { get; init; } = (source, target) => AtomicFile.Write(target, stream =>
    {
        // Flushed to disk as every durable write is: the folder is renamed into place right after.
        using var input = File.OpenRead(source);
        input.CopyTo(stream);
    });

    private bool Complete(string entry) => files.All(file => File.Exists(Path.Combine(entry, file)));

    private string LockOf(string key) => Path.Combine(root, $".{key}.lock");

    private string TrainingLockOf(string key) => Path.Combine(root, $".{key}.training.lock");

    /// <summary>
    /// Holds <paramref name="key"/>'s training turn until disposed, so runs of the same inputs at the same moment (two
    /// CI jobs on one runner's cache, a rerun while the first still trains) train once: the second waits here, telling
    /// <paramref name="waiting"/> once, then finds the first run's entry. A lock the OS frees when its holder dies, so a
    /// killed run never leaves a turn behind. Null when the cache refuses a lock file: such a cache is read without turns.
    /// </summary>
    public IDisposable? TakeTrainingTurn(string key, Action waiting) => TurnOn(TrainingLockOf(key), waiting);

    // A cache this user cannot write (read-only, or another user's) refuses the lock file; it is read without a turn, as
    // before there were turns: this user's runs cannot replace its entries either.
    private FileStream? TurnOn(string lockPath, Action? waiting = null)
    {
        try
        {
            Directory.CreateDirectory(root);
            if (LockContention.TryTake(lockPath) is { } free)
            {
                return free;
            }
            waiting?.Invoke();
            return LockContention.WaitForTurn(lockPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Every file a run of the train stage writes belongs to the run, whichever of them this cache holds: a run restored
    // without a profile must not leave the previous run's profile beside its model.
    private IReadOnlyCollection<string> Owned =>
        [.. TrainingFiles.All.Concat(files).Select(f => f.Split('/')[0]).Distinct(StringComparer.Ordinal)];

    /// <summary>Builds an entry for <paramref name="key"/> with <paramref name="build"/>, then publishes it by renaming.</summary>
    public TrainingResult Store(string key, Func<string, TrainingResult> build)
    {
        Directory.CreateDirectory(root);
        var temp = Path.Combine(root, LeftoverName.New(key, "tmp"));
        try
        {
            var result = build(temp);
            using var turn = LockContention.WaitForTurn(LockOf(key));
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
