using CiCd.Testing.Docker;

namespace CiCd.Testing;

/// <summary>
/// A lock between the test processes of one run (test projects run side by side), held as an exclusive open of a file:
/// the second process to want what the first is making waits for it instead of making it again. The operating system
/// drops the lock when its process dies, so a crashed holder never blocks the next run.
/// </summary>
public sealed class FileLock : IDisposable
{
    private readonly FileStream _stream;

    private FileLock(FileStream stream) => _stream = stream;

    /// <summary>Waits up to <paramref name="timeout"/> for <paramref name="path"/> to be free and holds it until disposed.</summary>
    public static FileLock Acquire(string path, TimeSpan timeout)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        FileStream? stream = null;
        Deadline.WaitFor(() => (stream = TryOpen(path)) is not null, timeout,
            () => $"{path} stayed locked for {timeout.TotalMinutes:0} min by another test process");
        return new FileLock(stream!);
    }

    public void Dispose() => _stream.Dispose();

    private static FileStream? TryOpen(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
