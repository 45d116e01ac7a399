using System.Text.Json;
using System.Text.Json.Serialization;
using CiCd.Errors;

namespace CiCd.DataVersions.Artifact;

/// <summary>The JSON shape of manifests and configs: camelCase as the OCI spec writes it, no nulls.</summary>
public static class DataJson
{
    /// <summary>The serializer options for every data artifact document.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The bytes stored (and digested) for <paramref name="value"/>.</summary>
    public static byte[] Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    /// <summary>Reads <paramref name="bytes"/> as <typeparamref name="T"/>; <paramref name="what"/> names it in the error.</summary>
    public static T Read<T>(byte[] bytes, string what)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(bytes, Options) ?? throw new MlopsException($"{what} is empty", ExitCodes.CheckFailed);
        }
        catch (JsonException e)
        {
            throw new MlopsException($"{what} is not a data artifact document: {e.Message}", ExitCodes.CheckFailed, e);
        }
    }
}
