using Microsoft.Extensions.Primitives;

namespace CiCd.Serving.Model;

/// <summary>
/// Signals when a folder is renamed into place, moved away or deleted, by watching its parent for entries of that one
/// name, and the parent's parent for the parent's name: <c>rm -rf out &amp;&amp; mlops train</c> makes <c>out</c> anew,
/// and a watch on the deleted <c>out</c> never fires again. When the parent is missing, the nearest folder on the path
/// that exists is watched instead. Not recursive: serving <c>~/model</c> must not watch the whole home folder.
/// </summary>
public sealed class FolderSwapWatch : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Lock _sync = new();
    private readonly CancellationTokenSource _swapped = new();
    private bool _disposed;

    private FolderSwapWatch()
    {
    }

    /// <summary>Fires at the first swap after this watch was made.</summary>
    public IChangeToken Token => new CancellationChangeToken(_swapped.Token);

    /// <summary>
    /// Watches the path to <paramref name="folder"/>, or returns null for a root, which nothing can be renamed over.
    /// Throws <see cref="IOException"/> or <see cref="ArgumentException"/> when the folders it chose are deleted before
    /// their watch starts.
    /// </summary>
    public static FolderSwapWatch? Of(string folder)
    {
        var child = folder;
        var parent = Path.GetDirectoryName(child);
        while (parent is not null && !Directory.Exists(parent))
        {
            child = parent;
            parent = Path.GetDirectoryName(parent);
        }
        if (parent is null)
        {
            return null;
        }
        var watch = new FolderSwapWatch();
        try
        {
            watch.Add(parent, Path.GetFileName(child));
            if (Path.GetDirectoryName(parent) is { } above)
            {
                watch.TryAdd(above, Path.GetFileName(parent));
            }
        }
        catch
        {
            watch.Dispose();
            throw;
        }
        if (!string.Equals(child, folder, StringComparison.Ordinal) && Directory.Exists(child))
        {
            // Made between the look and the watch's start: no event will come for it.
            watch.Signal();
        }
        return watch;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_sync)
        {
            // Marked under the lock, so an event that arrives while the watchers stop does nothing.
            _disposed = true;
        }
        // Outside the lock: disposing a watcher waits for an event handler that is running, which takes the lock.
        _watchers.ForEach(w => w.Dispose());
        lock (_sync)
        {
            _swapped.Dispose();
        }
    }

    // The watch above the parent only catches the parent made anew (rm -rf out): a folder the user may cross but not
    // list (--x), or the inotify limit, leaves it out rather than stop the service that serves the model below.
    private void TryAdd(string parent, string name)
    {
        try
        {
            Add(parent, name);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
        }
    }

    private void Add(string parent, string name)
    {
        var watcher = new FileSystemWatcher(parent, name)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.DirectoryName,
        };
        _watchers.Add(watcher);
        watcher.Created += (_, _) => Signal();
        watcher.Deleted += (_, _) => Signal();
        watcher.Renamed += (_, _) => Signal();
        // An overflowed or broken watch may have missed a swap: reloading once too often is cheaper than never again.
        watcher.Error += (_, _) => Signal();
        watcher.EnableRaisingEvents = true;
    }

    private void Signal()
    {
        // Runs on the watcher's thread, where an escaping exception would end the process.
        lock (_sync)
        {
            if (!_disposed)
            {
                _swapped.Cancel();
            }
        }
    }
}
