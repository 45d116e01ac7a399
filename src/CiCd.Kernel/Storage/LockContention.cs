namespace CiCd.Storage;

/// <summary>
/// Tells a lock held by another process from a lock file the OS refuses (a read-only file system, a symlink loop): only
/// the first is worth waiting for.
/// </summary>
public static class LockContention
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(25);

    // Windows: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION as HRESULTs.
    private const int SharingViolation = unchecked((int)0x80070020);
    private const int LockViolation = unchecked((int)0x80070021);

    // Unix: .NET throws a plain IOException carrying the raw errno; flock's EWOULDBLOCK is 11 on Linux, 35 on the BSDs and macOS.
    private static readonly int WouldBlock = OperatingSystem.IsLinux() ? 11 : 35;

    /// <summary>Whether opening the lock file failed because another process holds it.</summary>
    public static bool IsHeldElsewhere(IOException e) =>
        e.GetType() == typeof(IOException)
        && (OperatingSystem.IsWindows() ? e.HResult is SharingViolation or LockViolation : e.HResult == WouldBlock);

    /// <summary>
    /// Opens <paramref name="lockPath"/> for this holder alone (flock on Unix, share mode on Windows: released when the
    /// holder dies), or returns null while another holds it. Any other refusal of the OS is thrown.
    /// </summary>
    public static FileStream? TryTake(string lockPath)
    {
        try
        {
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            return null;
        }
    }

    /// <summary>
    /// Waits for <paramref name="lockPath"/> and holds it until the returned stream is disposed: for locks held briefly
    /// (a copy, a rename), which a holder that dies frees at once.
    /// </summary>
    public static FileStream WaitForTurn(string lockPath)
    {
        while (true)
        {
            if (TryTake(lockPath) is { } held)
            {
                return held;
            }
            Thread.Sleep(Poll);
        }
    }
}
