using System.Text;

namespace CiCd.Storage;

/// <summary>
/// Writes durable state so a reader sees the old content or the new, never a half-written file:
/// temp file in the same folder, flush to disk, rename over the target.
/// </summary>
public static class AtomicFile
{
    private const string TempSuffix = "tmp";

    /// <summary>Writes UTF-8 text (no BOM) atomically.</summary>
    public static void WriteAllText(string path, string content) =>
        Write(path, stream =>
        {
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content);
            stream.Write(bytes);
        });

    /// <summary>Writes bytes atomically.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> content)
    {
        var copy = content.ToArray();
        Write(path, stream => stream.Write(copy));
    }

    /// <summary>
    /// Whether <paramref name="fileName"/> is a temp file of <see cref="Write"/> (<c>.name.guid.tmp</c>): one left behind
    /// means its writer died before the rename, and the folder's next writer may delete it.
    /// </summary>
    public static bool IsTemp(string fileName) => LeftoverName.Is(fileName, null, TempSuffix);

    /// <summary>Lets <paramref name="writer"/> fill a temp file, then moves it over <paramref name="path"/>.</summary>
    public static void Write(string path, Action<Stream> writer)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, LeftoverName.New(Path.GetFileName(full), TempSuffix));
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                writer(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e.Message.Contains(temp, StringComparison.Ordinal))
        {
            // The temp file's name is ours, not the user's: the error names the file they asked for.
            throw Naming(e, e.Message.Replace(temp, full, StringComparison.Ordinal), full);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    // The same kind of exception (the CLI tells the file system's refusals from bugs by type), with another message.
    private static Exception Naming(Exception e, string message, string path) => e switch
    {
        UnauthorizedAccessException => new UnauthorizedAccessException(message),
        FileNotFoundException => new FileNotFoundException(message, path),
        DirectoryNotFoundException => new DirectoryNotFoundException(message),
        PathTooLongException => new PathTooLongException(message),
        _ => new IOException(message, e.HResult),
    };
}
