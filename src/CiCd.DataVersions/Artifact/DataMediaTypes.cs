using CiCd.Errors;

namespace CiCd.DataVersions.Artifact;

/// <summary>
/// The media types of a data artifact: its own artifact type and config type, so registries, ORAS and GC tools can tell
/// a dataset from an image, and one layer type per file format.
/// </summary>
public static class DataMediaTypes
{
    /// <summary>The OCI image manifest (v1.1, with <c>artifactType</c>) every data version is stored as.</summary>
    public const string Manifest = "application/vnd.oci.image.manifest.v1+json";

    /// <summary>The manifest's <c>artifactType</c>.</summary>
    public const string ArtifactType = "application/vnd.cicd.dataset.v1";

    /// <summary>The config blob: fingerprint, schema summary, row count, provenance.</summary>
    public const string Config = "application/vnd.cicd.dataset.config.v1+json";

    /// <summary>A chunk of a CSV file (the layers concatenated in order are the file).</summary>
    public const string CsvLayer = "application/vnd.cicd.dataset.layer.v1.csv";

    /// <summary>A chunk of a Parquet file.</summary>
    public const string ParquetLayer = "application/vnd.cicd.dataset.layer.v1.parquet";

    /// <summary>The layer media type and format name for <paramref name="file"/>, by its extension.</summary>
    public static (string MediaType, string Format) ForFile(string file) =>
        Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".csv" or ".tsv" or ".txt" => (CsvLayer, "csv"),
            ".parquet" => (ParquetLayer, "parquet"),
            var other => throw new InputException(file, null, null, $"'{other}' is not a data format mlops versions; expected .csv or .parquet"),
        };

    /// <summary>Whether <paramref name="mediaType"/> is a layer this tool wrote.</summary>
    public static bool IsLayer(string mediaType) => mediaType is CsvLayer or ParquetLayer;
}
