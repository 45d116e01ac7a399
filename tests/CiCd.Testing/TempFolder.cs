namespace CiCd.Testing;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "cicd-tests", Guid.NewGuid().ToString("N")[..12])).FullName;
    }

    public string Root { get; }

    /// <summary>The full path of <paramref name="name"/> inside the folder (not created).</summary>
    public string PathOf(string name) => Path.Combine(Root, name);

    /// <summary>Writes UTF-8 text (no BOM) to <paramref name="name"/> and returns its full path.</summary>
    public string Write(string name, string content)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Writes raw bytes to <paramref name="name"/> and returns its full path.</summary>
    public string WriteBytes(string name, byte[] content)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Every file below <paramref name="folder"/> (relative to the root, '/'-separated), sorted; empty when the folder is absent.</summary>
    public IReadOnlyList<string> FilesIn(string folder = "")
    {
        var start = PathOf(folder);
        return Directory.Exists(start)
            ? Directory.EnumerateFiles(start, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(start, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
