namespace CiCd.Registry.Sharing;

/// <summary>
/// Makes the live registry folder hold exactly what a verified staging folder holds, by renames on one file system, so a
/// reader that follows an alias sees, model by model, either the old registry.json or the new one, and every file the one
/// it sees names is in place: new and changed version folders go in first, then registry.json is replaced (one rename),
/// and only then are the files the branch no longer has deleted. The caller holds every model's lock.
/// </summary>
internal static class RegistrySwap
{
    /// <param name="root">The live registry folder.</param>
    /// <param name="staging">The verified staging folder, a sibling of <paramref name="root"/>; emptied by the swap.</param>
    /// <param name="trash">Where replaced entries go (on the same file system); the caller deletes it.</param>
    /// <param name="unchanged">Whether a path relative to the roots ('/'-separated) holds the same content in both.</param>
    public static void Into(string root, string staging, string trash, Func<string, bool> unchanged)
    {
        Directory.CreateDirectory(root);
        Directory.CreateDirectory(trash);
        foreach (var name in Names(root).Union(Names(staging)).Order(StringComparer.Ordinal))
        {
            var (live, staged) = (Path.Combine(root, name), Path.Combine(staging, name));
            if (Directory.Exists(staged) && Directory.Exists(live))
            {
                Merge(live, staged, name, trash, unchanged);
            }
            else if (!unchanged(name) || !Exists(live))
            {
                Replace(live, staged, trash);
            }
        }
    }

    // One model's folder: versions first, then the registry file that names them, then what is gone.
    private static void Merge(string live, string staged, string relative, string trash, Func<string, bool> unchanged)
    {
        var registryFile = Documents.RegistryFile.FileName;
        var children = Names(staged).Where(n => n != registryFile).ToList();
        foreach (var name in children.Where(n => !unchanged($"{relative}/{n}")))
        {
            Replace(Path.Combine(live, name), Path.Combine(staged, name), trash);
        }
        if (!unchanged($"{relative}/{registryFile}"))
        {
            Replace(Path.Combine(live, registryFile), Path.Combine(staged, registryFile), trash);
        }
        foreach (var name in Names(live).Where(n => n != registryFile && !children.Contains(n) && !IsLockFile(n)))
        {
            Replace(Path.Combine(live, name), Path.Combine(staged, name), trash);
        }
    }

    // Moves the live entry (if any) to the trash and the staged entry (if any) into its place.
    private static void Replace(string live, string staged, string trash)
    {
        if (File.Exists(staged) && File.Exists(live))
        {
            // A file over a file is one rename: a reader opens the old file or the new one, never neither.
            File.Move(staged, live, overwrite: true);
            return;
        }
        if (Exists(live))
        {
            var away = Path.Combine(trash, Guid.NewGuid().ToString("N"));
            if (Directory.Exists(live))
            {
                Directory.Move(live, away);
            }
            else
            {
                File.Move(live, away);
            }
        }
        if (Directory.Exists(staged))
        {
            Directory.Move(staged, live);
        }
        else if (File.Exists(staged))
        {
            File.Move(staged, live);
        }
    }

    // The lock files belong to the live folder (held right now); the branch never has them.
    private static bool IsLockFile(string name) => name.StartsWith(".lock", StringComparison.Ordinal);

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);

    private static IEnumerable<string> Names(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>() : [];
}
