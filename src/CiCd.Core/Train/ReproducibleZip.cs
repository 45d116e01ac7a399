using System.IO.Compression;

namespace CiCd.Train;

/// <summary>
/// Rewrites a zip archive so the same entries always give the same bytes: ML.NET stamps each entry of a saved model with
/// the time of the save, so two trainings of the same data, config and seed wrote identical models under different
/// sha256s, and the registry, the image label and the release notes told them apart. The data views inside (term maps)
/// get their blocks in one order too (<see cref="IdvBlockOrder"/>).
/// </summary>
public static class ReproducibleZip
{
    /// <summary>
    /// The time every entry gets: the first day zip's DOS time field can hold, a day in, so no time zone's local
    /// conversion takes it before 1980.
    /// </summary>
    public static readonly DateTimeOffset EntryTime = new(1980, 1, 2, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes the entries of <paramref name="zip"/> to <paramref name="destination"/>, in order, with <see cref="EntryTime"/>.</summary>
    public static void Rewrite(Stream zip, Stream destination)
    {
        using var source = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = EntryTime;
            using var from = entry.Open();
            using var to = copy.Open();
            if (entry.FullName.EndsWith(".idv", StringComparison.OrdinalIgnoreCase))
            {
                // A data view the model keeps (a term map) may come with its blocks in the order ML.NET's threads finished.
                using var idv = new MemoryStream();
                from.CopyTo(idv);
                to.Write(IdvBlockOrder.Canonical(idv.ToArray()));
            }
            else
            {
                from.CopyTo(to);
            }
        }
    }

    /// <summary>Lets <paramref name="writer"/> write a zip, and writes it to <paramref name="destination"/> rewritten.</summary>
    public static void Write(Stream destination, Action<Stream> writer)
    {
        using var buffer = new MemoryStream();
        writer(buffer);
        buffer.Position = 0;
        Rewrite(buffer, destination);
    }
}
