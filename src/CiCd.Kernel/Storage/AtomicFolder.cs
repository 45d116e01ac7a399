using CiCd.Errors;

namespace CiCd.Storage;

/// <summary>
/// Replaces the set of files a stage owns in a folder as one unit, so a reader never finds one run's model beside another
/// run's card: the new set is written into a sibling temp folder, the folder is moved aside and the temp folder renamed
/// into its place, and whatever else the old folder held (entries outside the set) moves across. A writer killed at any
/// moment leaves the old set or the new one; the next replace deletes the temp folder it left, and puts back a folder it
/// had moved aside but not yet replaced (killed between the two renames). Writers of one folder take turns on an OS file
/// lock beside it (<c>.&lt;name&gt;.lock</c>, freed when its holder dies): a second writer's clean-up would otherwise delete
/// the first one's temp folder as a leftover while it is being filled or renamed, leaving a folder with neither run's model.
/// </summary>
public static class AtomicFolder
{
    private const string TempSuffix = "tmp";
    private const string AsideSuffix = "old";

    /// <summary>
    /// Lets <paramref name="fill"/> write the new set into an empty temp folder, then puts it in place of
    /// <paramref name="folder"/>. <paramref name="owned"/> names the set's entries at the top of the folder (files or
    /// folders): those of the old folder are dropped, every other entry is kept. When <paramref name="fill"/> throws,
    /// the folder is as it was.
    /// </summary>
    public static void Replace(string folder, IReadOnlyCollection<string> owned, Action<string> fill)
    {
        var full = LinkedFolder(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        var parent = Path.GetDirectoryName(full);
        if (parent is null || IsAtOrAbove(full, Environment.CurrentDirectory))
        {
            // The folder is moved aside whole: the working directory (or the file system's root) would go with it.
            throw new InputException(folder, null, null,
                "an output folder is replaced whole on every run, so it cannot be the current directory, one above it or a root: give it a folder of its own");
        }
        var name = Path.GetFileName(full);
        Directory.CreateDirectory(parent);
        // Held for a copy and two renames, so a waiting writer waits briefly.
        using var turn = LockContention.WaitForTurn(Path.Combine(parent, $".{name}.lock"));
        Recover(parent, name, full, owned);
        var temp = Path.Combine(parent, LeftoverName.New(name, TempSuffix));
        try
        {
            Directory.CreateDirectory(temp);
            fill(temp);
            Swap(full, temp, Path.Combine(parent, LeftoverName.New(name, AsideSuffix)), owned);
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }

    private static void Swap(string full, string temp, string aside, IReadOnlyCollection<string> owned)
    {
        if (!Directory.Exists(full))
        {
            Directory.Move(temp, full);
            return;
        }
        Directory.Move(full, aside);
        Directory.Move(temp, full);
        Settle(aside, full, owned);
    }

    // What a killed writer left beside the folder: its temp folder goes; a folder it had moved aside comes back when
    // nothing replaced it yet, else hands over the entries outside the set that the new folder does not have.
    private static void Recover(string parent, string name, string full, IReadOnlyCollection<string> owned)
    {
        foreach (var left in Directory.EnumerateDirectories(parent, $".{name}.*").Order(StringComparer.Ordinal))
        {
            var leftName = Path.GetFileName(left);
            if (LeftoverName.Is(leftName, name, TempSuffix))
            {
                Directory.Delete(left, recursive: true);
            }
            else if (LeftoverName.Is(leftName, name, AsideSuffix))
            {
                if (Directory.Exists(full))
                {
                    Settle(left, full, owned);
                }
                else
                {
                    Directory.Move(left, full);
                }
            }
        }
    }

    private static void Settle(string aside, string full, IReadOnlyCollection<string> owned)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(aside))
        {
            var entryName = Path.GetFileName(entry);
            var target = Path.Combine(full, entryName);
            if (owned.Contains(entryName) || Path.Exists(target))
            {
                continue;
            }
            if (Directory.Exists(entry))
            {
                Directory.Move(entry, target);
            }
            else
            {
                File.Move(entry, target);
            }
        }
        Directory.Delete(aside, recursive: true);
    }

    // A folder given as a symbolic link (out/train -> /data/train, on a bigger disk) is replaced where it points: moving
    // the link aside would put a plain folder in its place, and hand the files the target keeps over to it.
    private static string LinkedFolder(string full)
    {
        var info = new DirectoryInfo(full);
        return info.LinkTarget is null
            ? full
            : Path.TrimEndingDirectorySeparator(Path.GetFullPath(info.ResolveLinkTarget(returnFinalTarget: true)!.FullName));
    }

    private static bool IsAtOrAbove(string folder, string directory)
    {
        var inner = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return inner.Equals(folder, comparison) || inner.StartsWith(folder + Path.DirectorySeparatorChar, comparison);
    }
}
