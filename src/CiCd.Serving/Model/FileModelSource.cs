using CiCd.Train;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace CiCd.Serving.Model;

/// <summary>
/// A model folder written by <c>mlops train</c>, or a model.zip with its card beside it; watched for rewrites inside the
/// folder and for a new folder renamed into its place (how <c>mlops train</c> replaces its output folder).
/// </summary>
public sealed class FileModelSource : IModelSource, IDisposable
{
    private readonly string _folder;
    private readonly string _modelFile;
    private readonly Lock _sync = new();
    private PhysicalFileProvider? _files;
    private FolderSwapWatch? _swaps;
    private bool _disposed;

    /// <summary>Serves <paramref name="path"/>: a folder, or the model.zip inside one.</summary>
    public FileModelSource(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var isZip = full.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
        _folder = isZip ? Path.GetDirectoryName(full)! : full;
        _modelFile = isZip ? Path.GetFileName(full) : TrainingFiles.Model;
        Description = Path.Combine(_folder, _modelFile);
        if (!Directory.Exists(_folder))
        {
            throw new ModelRejectedException("missing", $"{_folder}: model folder not found");
        }
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public string ChangeTrigger => "file";

    /// <inheritdoc />
    public ModelFiles Locate()
    {
        var files = new ModelFiles(Path.Combine(_folder, _modelFile), Path.Combine(_folder, TrainingFiles.CardJson));
        foreach (var path in new[] { files.ModelPath, files.CardPath })
        {
            if (!File.Exists(path))
            {
                throw new ModelRejectedException("missing", $"{path}: file not found");
            }
        }
        return files;
    }

    /// <summary>
    /// Fires when the model or its card is rewritten, or the folder is replaced. The watches are made anew on every call:
    /// a file watcher stays on the folder it first found at the path, and after a swap that folder is the old one, moved
    /// aside (and after <c>rm -rf out</c>, the parent watched for swaps is a deleted one). A token is good until the next call.
    /// </summary>
    public IChangeToken Watch()
    {
        PhysicalFileProvider? previous;
        FolderSwapWatch? previousSwaps;
        IChangeToken token;
        lock (_sync)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            previousSwaps = _swaps;
            var swapped = WatchSwaps();
            previous = _files;
            _files = OpenFolder(_folder);
            // Caught between the two renames of a swap, there are no files to watch: the rename that brings the new
            // folder fires the swap token.
            token = _files is null ? swapped : new CompositeChangeToken([WatchFiles(_files), swapped]);
        }
        // Released outside the lock: disposing a watcher waits for an event handler that is running.
        previous?.Dispose();
        previousSwaps?.Dispose();
        return token;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        PhysicalFileProvider? files;
        FolderSwapWatch? swaps;
        lock (_sync)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            files = _files;
            swaps = _swaps;
        }
        files?.Dispose();
        swaps?.Dispose();
    }

    /// <summary>Opens the model folder for watching, or returns null when it is missing; a test deletes the folder here.</summary>
    internal Func<string, PhysicalFileProvider?> OpenFolder { get; init; } = Open;

    private IChangeToken WatchFiles(PhysicalFileProvider files)
    {
        try
        {
            return new CompositeChangeToken([files.Watch(_modelFile), files.Watch(TrainingFiles.CardJson)]);
        }
        catch (Exception e) when (IsGone(e))
        {
            // The folder was renamed away or deleted since it was opened (.NET's watcher refuses a folder that is gone, in
            // those words): a fired token has the watcher look again, where an escaping exception would stop the service.
            // Other refusals (the user's inotify limit) would refuse again at every look: reloading the model each quiet
            // period, for ever, helps nobody, so they still stop the service with .NET's words.
            return Fired;
        }
    }

    // .NET's watchers refuse a folder that is gone in these words (ArgumentException: "The directory name … does not exist").
    private static bool IsGone(Exception e) => e is ArgumentException or DirectoryNotFoundException or FileNotFoundException;

    private static CancellationChangeToken Fired => new(new CancellationToken(canceled: true));

    private IChangeToken WatchSwaps()
    {
        try
        {
            _swaps = FolderSwapWatch.Of(_folder);
            return _swaps?.Token ?? NullChangeToken.Singleton;
        }
        catch (Exception e) when (IsGone(e))
        {
            // The folders on the path were deleted while the watch started: a fired token has the watcher look again
            // after its quiet period. Other refusals (the inotify limit) would come back at every look, as in WatchFiles.
            _swaps = null;
            return Fired;
        }
    }

    private static PhysicalFileProvider? Open(string folder)
    {
        try
        {
            return new PhysicalFileProvider(folder);
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }
}
