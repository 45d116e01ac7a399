using System.Text.Json;
using CiCd.Errors;
using CiCd.Storage;

namespace CiCd.Registry.Documents;

/// <summary>
/// One model's <c>registry.json</c>. Loading reports a hand-edit gone wrong by file, line and column;
/// saving is atomic, so a writer that dies mid-save leaves the previous file as it was.
/// </summary>
internal sealed class RegistryFile(string path)
{
    public const string FileName = "registry.json";

    public string Path { get; } = path;

    public RegisteredModel? Load()
    {
        if (!File.Exists(Path))
        {
            return null;
        }
        var bytes = File.ReadAllBytes(Path);
        RegisteredModel? model;
        try
        {
            model = JsonSerializer.Deserialize<RegisteredModel>(bytes, RegistryJson.Options);
        }
        catch (JsonException e)
        {
            throw JsonProblem.At(Path, e, "not a valid registry file");
        }
        if (model is null)
        {
            throw new InputException(Path, 1, 1, "not a valid registry file: it holds null instead of an object");
        }
        RegistryFileCheck.Check(Path, bytes, model);
        return model;
    }

    /// <param name="model">The new content.</param>
    /// <param name="beforeCommit">Runs after the bytes are written and before the rename (tests kill the writer there).</param>
    public void Save(RegisteredModel model, Action? beforeCommit = null) =>
        AtomicFile.Write(Path, stream =>
        {
            JsonSerializer.Serialize(stream, model, RegistryJson.Options);
            stream.Flush();
            beforeCommit?.Invoke();
        });
}
