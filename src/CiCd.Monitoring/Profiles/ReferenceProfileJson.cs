using System.Text.Json;
using CiCd.Errors;
using CiCd.Storage;

namespace CiCd.Monitoring.Profiles;

/// <summary>Stores a reference profile as JSON next to a model version and reads it back, checking the recorded schema.</summary>
public static class ReferenceProfileJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
    };

    /// <summary>Serialises a profile.</summary>
    public static string Serialize(ReferenceProfile profile) => JsonSerializer.Serialize(profile, Options);

    /// <summary>Writes a profile atomically.</summary>
    public static void Save(ReferenceProfile profile, string path) => AtomicFile.WriteAllText(path, Serialize(profile));

    /// <summary>Reads and checks a profile file; problems become an <see cref="InputException"/> naming the file and field.</summary>
    public static ReferenceProfile Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, null, null, "reference profile not found; build it from the training data when the model is registered");
        }
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses and checks profile JSON; <paramref name="source"/> names it in error messages.</summary>
    public static ReferenceProfile Parse(string json, string source)
    {
        ReferenceProfile? profile;
        try
        {
            profile = JsonSerializer.Deserialize<ReferenceProfile>(json, Options);
        }
        catch (JsonException e)
        {
            // A missing required member (the schema) lands here too, with the member named.
            throw new InputException(source, (int?)e.LineNumber + 1, null, $"not a valid reference profile: {e.Message}", e);
        }
        if (profile is null)
        {
            throw new InputException(source, null, null, "the reference profile is empty (null)");
        }
        ProfileSchema.Check(profile, source);
        return profile;
    }
}
