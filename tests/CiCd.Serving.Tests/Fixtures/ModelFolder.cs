using System.IO.Compression;
using CiCd.Data;
using CiCd.Formats;
using CiCd.Storage;
using CiCd.Train;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>Rewrites a served model folder the way a deployment would: atomically, file by file.</summary>
public static class ModelFolder
{
    public static ModelCard Card(string folder) => JsonReport.Read<ModelCard>(Path.Combine(folder, TrainingFiles.CardJson));

    public static void WriteCard(string folder, ModelCard card) => JsonReport.Write(Path.Combine(folder, TrainingFiles.CardJson), card);

    /// <summary>Same model, new version name: what a retrain that happened to converge alike would look like to the service.</summary>
    public static void Rename(string folder, string version) => WriteCard(folder, Card(folder) with { RunId = version });

    /// <summary>Cuts model.zip in half, as an interrupted copy would, and lets the card's sha256 follow.</summary>
    public static void Truncate(string folder)
    {
        var path = Path.Combine(folder, TrainingFiles.Model);
        var bytes = File.ReadAllBytes(path);
        AtomicFile.WriteAllBytes(path, bytes.AsSpan(0, bytes.Length / 2));
        WriteCard(folder, Card(folder) with { ModelSha256 = ContentHash.OfFile(path) });
    }

    /// <summary>Replaces model.zip with bytes that are not a model; with <paramref name="matchingCard"/> the card's sha256 follows them.</summary>
    public static void Corrupt(string folder, bool matchingCard)
    {
        var path = Path.Combine(folder, TrainingFiles.Model);
        AtomicFile.WriteAllBytes(path, "PK\u0003\u0004 this is not a model"u8);
        if (matchingCard)
        {
            WriteCard(folder, Card(folder) with { ModelSha256 = ContentHash.OfFile(path) });
        }
    }

    /// <summary>
    /// Zeroes the entry of model.zip named <paramref name="entryName"/> (at the root or in any folder) and lets the card's sha256 follow:
    /// a valid zip whose content ML.NET cannot read (the training schema entry makes it throw through reflection).
    /// </summary>
    public static void DamageEntry(string folder, string entryName)
    {
        var path = Path.Combine(folder, TrainingFiles.Model);
        var bytes = new MemoryStream();
        bytes.Write(File.ReadAllBytes(path));
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries.First(e => e.FullName == entryName || e.FullName.EndsWith("/" + entryName, StringComparison.Ordinal));
            var (name, length) = (entry.FullName, entry.Length);
            entry.Delete();
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(new byte[length]);
        }
        AtomicFile.WriteAllBytes(path, bytes.ToArray());
        WriteCard(folder, Card(folder) with { ModelSha256 = ContentHash.OfFile(path) });
    }
}
