namespace CiCd.Data.Columnar;

/// <summary>Counts a file's records from its line breaks, without parsing it (a vectorized byte count).</summary>
internal static class LineBreaks
{
    /// <summary>
    /// An upper bound of the records in the file: one per line feed, plus a last line without one. Blank lines
    /// and line breaks inside quotes make it an overestimate; a file with bare CR line ends gives 1.
    /// </summary>
    public static int RecordsAtMost(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[1 << 20];
        long count = 0;
        var last = (byte)'\n';
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            count += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
        }
        return (int)Math.Min(Array.MaxLength, count + (last == '\n' ? 0 : 1));
    }
}
