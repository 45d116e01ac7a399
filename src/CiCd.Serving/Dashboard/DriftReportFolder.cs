using CiCd.Errors;
using CiCd.Formats;
using CiCd.Monitoring.Analysis;
using CiCd.Serving.Hosting;
using CiCd.Storage;
using Microsoft.Extensions.Options;

namespace CiCd.Serving.Dashboard;

/// <summary>
/// The drift reports under <c>Serving:DriftReports</c>: <c>DIR/drift.json</c> and <c>DIR/*/drift.json</c>, as written by
/// <c>mlops drift --out</c>. Read on each dashboard request, but a file is parsed again only when it changed, so a page
/// view costs a directory listing. A file that cannot be read is reported, never thrown. Without a folder, a service
/// logging to PostgreSQL shows the reports kept in the log's database (<see cref="DriftReportDatabase"/>).
/// </summary>
public sealed class DriftReportFolder(IOptions<ServingOptions> options, TimeProvider clock, DriftReportDatabase database)
{
    // Coarser than any file system's time stamps (FAT: 2 s; ext4, NTFS, most mounts: 1 s or finer). A file read less than
    // this after its time stamp may be rewritten with the same stamp and length, so its stamp alone is not trusted yet.
    private static readonly TimeSpan StampResolution = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private Dictionary<string, Entry> _cache = new(StringComparer.Ordinal);

    /// <summary>The reports as they are on disk now.</summary>
    public DriftHistory Read()
    {
        var folder = options.Value.DriftReports;
        if (string.IsNullOrWhiteSpace(folder) && database.Location is not null)
        {
            return database.Read();
        }
        if (string.IsNullOrWhiteSpace(folder))
        {
            return DriftHistory.Empty(null, "No drift reports folder is configured. Start the service with --drift-reports DIR " +
                "(setting Serving:DriftReports) and write reports there with: mlops drift --out DIR/<date>.");
        }
        if (!Directory.Exists(folder))
        {
            return DriftHistory.Empty(folder, $"The drift reports folder {folder} does not exist yet. Create it with: mlops drift --out {Path.Combine(folder, "<date>")}.");
        }
        List<(string Path, FileStamp Stamp)> files;
        try
        {
            files = Files(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return DriftHistory.Empty(folder, $"The drift reports folder {folder} cannot be listed ({e.GetType().Name}: {e.Message}); check its permissions.");
        }
        if (files.Count == 0)
        {
            return DriftHistory.Empty(folder, $"No drift report yet: {folder} holds no {DriftFiles.Json}. Run: mlops drift --out {Path.Combine(folder, "<date>")}.");
        }
        lock (_gate)
        {
            var next = new Dictionary<string, Entry>(StringComparer.Ordinal);
            foreach (var (path, stamp) in files)
            {
                next[path] = _cache.TryGetValue(path, out var known) ? Refresh(path, stamp, known) : Load(path, stamp);
            }
            _cache = next;
            var reports = next.Values.Select(e => e.Report).OfType<StoredReport>()
                .OrderBy(r => r.Report.GeneratedUtc).ThenBy(r => r.File, StringComparer.Ordinal).ToList();
            var problems = next.Values.Select(e => e.Problem).OfType<DriftFileProblem>().OrderBy(p => p.File, StringComparer.Ordinal).ToList();
            var signature = string.Join('|', files.Select(f => $"{f.Path}:{f.Stamp.WrittenUtc.Ticks}:{f.Stamp.Length}:{next[f.Path].Sha256}"));
            var message = reports.Count == 0
                ? $"No readable drift report in {folder}: fix or replace the file{(problems.Count == 1 ? "" : "s")} below, or run: mlops drift --out {Path.Combine(folder, "<date>")}."
                : null;
            return new DriftHistory(folder, reports, problems, message, signature);
        }
    }

    private static List<(string Path, FileStamp Stamp)> Files(string folder)
    {
        var top = Path.Combine(folder, DriftFiles.Json);
        var candidates = Directory.EnumerateDirectories(folder).Select(d => Path.Combine(d, DriftFiles.Json)).Prepend(top);
        var files = new List<(string, FileStamp)>();
        foreach (var path in candidates)
        {
            var info = new FileInfo(path);
            if (info.Exists)
            {
                files.Add((path, new FileStamp(info.LastWriteTimeUtc, info.Length)));
            }
        }
        return files;
    }

    // The racy-git rule: a stamp is trusted once the file was read a full resolution after it; before that, a hash of the
    // content (cheap: reports are small, and only files written in the last seconds are hashed) decides.
    private Entry Refresh(string path, FileStamp stamp, Entry known)
    {
        if (known.Stamp != stamp)
        {
            return Load(path, stamp);
        }
        if (known.Settled)
        {
            return known;
        }
        var sha = Hash(path);
        return sha is not null && sha == known.Sha256 ? known with { Settled = IsSettled(stamp) } : Load(path, stamp);
    }

    // A report being replaced is renamed into place (atomic), so a read sees the old or the new file; what remains
    // unreadable is a real problem for the operator to fix, shown on the page with the file and the reason. The hash is
    // taken before the parse: a rewrite in between leaves an old hash with new content, which the next read corrects.
    // A settled file is never hashed: its stamp alone decides from now on, so reading it a second time would be waste.
    private Entry Load(string path, FileStamp stamp)
    {
        var settled = IsSettled(stamp);
        var sha = settled ? null : Hash(path);
        try
        {
            return new Entry(stamp, sha, settled, new StoredReport(path, JsonReport.Read<DriftReport>(path)), null);
        }
        catch (InputException e)
        {
            return new Entry(stamp, sha, settled, null, new DriftFileProblem(path, e.Problem));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return new Entry(stamp, sha, settled, null, new DriftFileProblem(path, $"unreadable ({e.GetType().Name}: {e.Message})"));
        }
    }

    private bool IsSettled(FileStamp stamp) => clock.GetUtcNow().UtcDateTime - stamp.WrittenUtc > StampResolution;

    // Null when the file cannot be read now: never equal to a known hash, so the file is loaded and its problem shown.
    private static string? Hash(string path)
    {
        try
        {
            return ContentHash.OfFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private readonly record struct FileStamp(DateTime WrittenUtc, long Length);

    private readonly record struct Entry(FileStamp Stamp, string? Sha256, bool Settled, StoredReport? Report, DriftFileProblem? Problem);
}
