using Microsoft.Extensions.Primitives;

namespace CiCd.Serving.Model;

/// <summary>
/// Signals when a folder is renamed into place, moved away or deleted, by watching its parent for entries of that one
/// name. Not recursive: serving <c>~/model</c> must not watch the whole home folder.
/// </summary>
public sealed class FolderSwapWatch : IDisposable
{
    private readonly FileSystemWatcher _parent;
    private readonly Lock _sync = new();
    private CancellationTokenSource _swapped = new();
    private bool _disposed;

    private FolderSwapWatch(string parent, string name)
    {
        _parent = new FileSystemWatcher(parent, name)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.DirectoryName,
        };
        _parent.Created += (_, _) => Signal();
        _parent.Deleted += (_, _) => Signal();
        _parent.Renamed += (_, _) => Signal();
        // An overflowed or broken watch may have missed a swap: reloading once too often is cheaper than never again.
        _parent.Error += (_, _) => Signal();
        _parent.EnableRaisingEvents = true;
    }

    /// <summary>Watches <paramref name="folder"/>'s parent, or returns null for a root, which nothing can be renamed over.</summary>
    public static FolderSwapWatch? Of(string folder)
    {
        var parent = Path.GetDirectoryName(folder);
        return parent is null ? null : new FolderSwapWatch(parent, Path.GetFileName(folder));
    }

    /// <summary>Fires at the next swap after this call.</summary>
    public IChangeToken Watch()
    {
        lock (_sync)
        {
            if (_swapped.IsCancellationRequested)
            {
                // Tokens handed out from a fired source stay cancelled after Dispose; a listener registering late is
                // still called at once.
                _swapped.Dispose();
                _swapped = new CancellationTokenSource();
            }
            return new CancellationChangeToken(_swapped.Token);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_sync)
        {
            // Marked under the lock, so an event that arrives while the watcher stops does nothing.
            _disposed = true;
            _swapped.Dispose();
        }
        _parent.Dispose();
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
