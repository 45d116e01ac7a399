using System.Globalization;

namespace CiCd.DataVersions;

/// <summary>Prints how far a push or pull is, one line per tenth, so a log stays short and a terminal shows movement.</summary>
public sealed class DataProgress(TextWriter log, string verb, long total)
{
    private readonly Lock _gate = new();
    private long _done;
    private int _shownTenth;

    /// <summary>A progress that prints nothing (a blob too small to mention, a test).</summary>
    public static DataProgress None => new(TextWriter.Null, "", 0);

    /// <summary>Bytes done so far.</summary>
    public long Done => Interlocked.Read(ref _done);

    /// <summary>Adds <paramref name="bytes"/> (negative when a resumed upload goes back to what the registry holds).</summary>
    public void Advance(long bytes)
    {
        lock (_gate)
        {
            _done += bytes;
            var tenth = total <= 0 ? 10 : (int)Math.Clamp(_done * 10 / total, 0, 10);
            if (tenth > _shownTenth)
            {
                _shownTenth = tenth;
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{verb} {tenth * 10}% ({_done / 1048576.0:F1} of {total / 1048576.0:F1} MiB)"));
            }
        }
    }
}
