using System.IO.Compression;
using System.Text.Json.Nodes;

namespace CiCd.Testing;

/// <summary>
/// What must be identical between two training runs of the same inputs (a single-process run and a merge of shards):
/// every byte of the predictions and ROC files, the model card but for its run id, clock times and the model file's
/// hash, and every entry of model.zip (whose zip headers carry write times).
/// </summary>
public static class RunFiles
{
    private static readonly string[] Volatile = ["run_id", "created_utc", "seconds", "model_sha256"];

    /// <summary>Asserts that the runs in <paramref name="expected"/> and <paramref name="actual"/> hold the same result.</summary>
    public static void AssertSame(string expected, string actual)
    {
        foreach (var file in new[] { "evaluation/test-predictions.csv", "evaluation/roc.json" })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), $"{file} differs");
        }
        Assert.Equal(Card(expected), Card(actual));
        using var first = ZipFile.OpenRead(Path.Combine(expected, "model.zip"));
        using var second = ZipFile.OpenRead(Path.Combine(actual, "model.zip"));
        Assert.Equal(first.Entries.Select(e => e.FullName), second.Entries.Select(e => e.FullName));
        foreach (var entry in first.Entries)
        {
            Assert.True(Bytes(entry).SequenceEqual(Bytes(second.GetEntry(entry.FullName)!)), $"model.zip entry {entry.FullName} differs");
        }
    }

    private static string Card(string folder)
    {
        var card = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "model-card.json")))!;
        Strip(card);
        return card.ToJsonString();
    }

    private static void Strip(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var key in Volatile)
            {
                obj.Remove(key);
            }
            foreach (var (_, child) in obj)
            {
                Strip(child);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array)
            {
                Strip(child);
            }
        }
    }

    private static byte[] Bytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
