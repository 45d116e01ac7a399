using System.Text.Json;
using CiCd.Errors;
using CiCd.Storage;

namespace CiCd.DataVersions.Stores.Local;

/// <summary><c>index.json</c> of the local cache: repository → tag → manifest digest, rewritten atomically on each change.</summary>
internal sealed class LocalTagIndex(string path)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public IReadOnlyDictionary<string, string> Tags(string repository) =>
        Read().GetValueOrDefault(repository) ?? new SortedDictionary<string, string>(StringComparer.Ordinal);

    public IReadOnlyList<string> Repositories() => [.. Read().Keys.Order(StringComparer.Ordinal)];

    public string? Get(string repository, string tag) => Tags(repository).GetValueOrDefault(tag);

    public void Set(string repository, string tag, string digest)
    {
        var index = Read();
        if (!index.TryGetValue(repository, out var tags))
        {
            index[repository] = tags = new SortedDictionary<string, string>(StringComparer.Ordinal);
        }
        tags[tag] = digest;
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(index, Indented));
    }

    private SortedDictionary<string, SortedDictionary<string, string>> Read()
    {
        if (!File.Exists(path))
        {
            return new(StringComparer.Ordinal);
        }
        try
        {
            var read = JsonSerializer.Deserialize<SortedDictionary<string, SortedDictionary<string, string>>>(File.ReadAllText(path));
            return read is null ? new(StringComparer.Ordinal) : new(read, StringComparer.Ordinal);
        }
        catch (JsonException e)
        {
            throw new InputException(path, (int?)e.LineNumber + 1, null, $"not a data tag index: {e.Message}", e);
        }
    }
}
