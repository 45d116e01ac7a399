using System.Diagnostics;
using System.Text.Json;
using CiCd.Errors;
using CiCd.Storage;

namespace CiCd.Registry.Locking;

/// <summary>
/// Serializes writers of one model's registry. The lock is an OS file lock (flock on Unix, share
/// mode on Windows) on <c>.lock</c>, so it is released when the holder dies; <c>.lock.holder</c>
/// says who holds it, for the message of a writer that gave up waiting. Taking the lock clears the temp files writers
/// killed before their rename left behind. A lock file the OS refuses (read-only, no permission) is an input error at once.
/// </summary>
internal sealed class RegistryLock : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);

    private readonly FileStream _lock;
    private readonly string _holderPath;

    private RegistryLock(FileStream held, string holderPath)
    {
        _lock = held;
        _holderPath = holderPath;
    }

    public static RegistryLock Acquire(string folder, TimeSpan timeout)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unwritable(folder, e);
        }
        var lockPath = Path.Combine(folder, ".lock");
        var holderPath = lockPath + ".holder";
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (TryOpen(lockPath) is { } held)
            {
                RemoveStaleTemps(folder);
                AtomicFile.WriteAllText(holderPath, JsonSerializer.Serialize(LockHolder.Current(DateTimeOffset.UtcNow)));
                return new RegistryLock(held, holderPath);
            }
            if (waited.Elapsed >= timeout)
            {
                throw new MlopsException(
                    $"the model registry {folder} is locked by {ReadHolder(holderPath)}; gave up after waiting {timeout.TotalSeconds:0.#} s "
                    + $"(if that process is gone, the lock frees itself: try again)");
            }
            Thread.Sleep(PollInterval);
        }
    }

    public void Dispose()
    {
        File.Delete(_holderPath);
        _lock.Dispose();
    }

    // Only a writer holding this lock writes temp files here, so any found now belong to one killed before its rename.
    private static void RemoveStaleTemps(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, ".*.tmp", SearchOption.AllDirectories))
        {
            if (AtomicFile.IsTemp(Path.GetFileName(file)))
            {
                File.Delete(file);
            }
        }
    }

    private static FileStream? TryOpen(string lockPath)
    {
        try
        {
            // Null while held by another writer: the caller waits and retries until its deadline.
            return LockContention.TryTake(lockPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only file system or a folder this user cannot write never frees itself: waiting would only delay the error.
            throw Unwritable(Path.GetDirectoryName(lockPath)!, e);
        }
    }

    private static InputException Unwritable(string folder, Exception e)
    {
        var reason = Reason(folder, e);
        return new InputException(folder, null, null,
            $"the model registry cannot be written here: {reason}; nothing was changed (a writer needs a folder this user can write: "
            + "check its permissions and mount, or point --registry or registry.root elsewhere)", e);
    }

    // .NET's words mislead for a file on the path ("Could not find a part of the path") and for a folder named .lock
    // ("Access to the path … is denied"): name the entry in the way. Else .NET says "Access to the path … is denied" for
    // EACCES, and the OS's own words ("Read-only file system") otherwise.
    private static string Reason(string folder, Exception e)
    {
        for (var path = Path.GetFullPath(folder); path is not null; path = Path.GetDirectoryName(path))
        {
            if (File.Exists(path))
            {
                return $"{path} is a file, not a folder";
            }
        }
        var lockPath = Path.Combine(folder, ".lock");
        if (Directory.Exists(lockPath))
        {
            return $"{lockPath} is a folder, where the lock file belongs";
        }
        return e is UnauthorizedAccessException ? $"permission denied ({e.Message})" : e.Message;
    }

    private static string ReadHolder(string holderPath)
    {
        try
        {
            return JsonSerializer.Deserialize<LockHolder>(File.ReadAllText(holderPath))?.ToString() ?? "an unknown process";
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            // The holder may be between taking the lock and writing its name.
            return "an unknown process";
        }
    }
}
