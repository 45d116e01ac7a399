namespace CiCd.Serving.Input;

/// <summary>
/// Counts the records of CSV text as the full reader would split them (line ends outside quotes; blank lines carry no
/// record) in one pass that allocates nothing, so a batch over the row limit is refused before any row is parsed.
/// </summary>
public static class CsvRecordCount
{
    /// <summary>The records of <paramref name="text"/>, the header among them.</summary>
    public static int Of(ReadOnlySpan<char> text)
    {
        var records = 0;
        var quoted = false;
        var blank = true;
        foreach (var c in text)
        {
            if (c == '"')
            {
                // A doubled quote inside a quoted field toggles twice, leaving the state as it was.
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                records += blank ? 0 : 1;
                blank = true;
                continue;
            }
            blank = false;
        }
        return blank ? records : records + 1;
    }
}
