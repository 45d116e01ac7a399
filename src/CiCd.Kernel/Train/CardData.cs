namespace CiCd.Train;

/// <summary>The data behind a model: file, fingerprint and split sizes.</summary>
public sealed record CardData(string Path, string Fingerprint, int Rows, int TrainRows, int TestRows)
{
    /// <summary>The data artifact's manifest digest when <c>dataset.version</c> named one (absent otherwise).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Version { get; init; }
}
