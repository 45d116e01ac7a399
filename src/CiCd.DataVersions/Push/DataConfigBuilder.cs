using CiCd.Configuration;
using CiCd.Data.Columnar;
using CiCd.DataVersions.Artifact;
using CiCd.Errors;
using CiCd.Image.ImageBuild;

namespace CiCd.DataVersions.Push;

/// <summary>
/// Builds the config blob of a push: the pipeline's dataset fingerprint when the file is the config's dataset (else the
/// content digest), the header's columns with their declared kinds, the row count and where the data came from.
/// </summary>
public static class DataConfigBuilder
{
    /// <summary>Fingerprint kind when the file is the config's dataset.</summary>
    public const string DatasetKind = "dataset";

    /// <summary>Fingerprint kind for any other file: the sha256 of its bytes.</summary>
    public const string ContentKind = "content";

    /// <summary>The config for <paramref name="file"/>, scanned as <paramref name="plan"/>.</summary>
    public static DataArtifactConfig Build(string file, LayerPlan plan, DatasetConfig? dataset, string format)
    {
        var full = Path.GetFullPath(file);
        var ours = dataset is not null && format == "csv" && Path.GetFullPath(dataset.Path) == full;
        var (fingerprint, kind) = ours ? (Fingerprint(file, dataset!), DatasetKind) : (plan.ContentDigest[7..], ContentKind);
        var columns = format == "csv" && plan.FirstLine.Length > 0
            ? HeaderNames(plan.FirstLine).Select(name => new DataColumn(name, KindOf(name, dataset))).ToList()
            : [];
        var rows = format == "csv" ? Math.Max(0, plan.Lines - 1) : (long?)null;
        var provenance = new DataProvenance(Environment.UserName, DateTimeOffset.UtcNow, Relative(full), Commit(Path.GetDirectoryName(full)!),
            $"mlops {typeof(DataConfigBuilder).Assembly.GetName().Version}");
        return new DataArtifactConfig(Path.GetFileName(file), format, plan.Size, plan.ContentDigest, fingerprint, kind, rows, columns, provenance);
    }

    /// <summary>The pipeline's fingerprint of <paramref name="file"/> read under <paramref name="dataset"/>'s schema.</summary>
    public static string Fingerprint(string file, DatasetConfig dataset) =>
        ColumnarReader.Read(file, dataset).Fingerprint;

    // A summary, not a parse: the reader checks the file when it is used; quoted names lose their quotes.
    private static IEnumerable<string> HeaderNames(string line) =>
        line.TrimStart('\uFEFF').Split(',').Select(name => name.Trim().Trim('"'));

    private static string? KindOf(string name, DatasetConfig? dataset) =>
        dataset is null ? null
        : name == dataset.Target ? "target"
        : dataset.Columns.FirstOrDefault(c => c.Name == name)?.Kind.ToString().ToLowerInvariant();

    private static string Relative(string full)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
    }

    private static string? Commit(string folder)
    {
        try
        {
            return GitSource.Read(folder).Revision;
        }
        catch (InputException)
        {
            // Not a working copy: the provenance simply has no commit.
            return null;
        }
    }
}
