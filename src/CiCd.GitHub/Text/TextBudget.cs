using System.Text;

namespace CiCd.GitHub.Text;

/// <summary>
/// Cuts Markdown to a size limit measured in characters or UTF-8 bytes: at a line break when one is near,
/// never inside a surrogate pair, closing a code fence the cut left open, and ending with a notice.
/// </summary>
public static class TextBudget
{
    /// <summary>Length in UTF-16 characters: never less than GitHub's own character count.</summary>
    public static int Characters(string text) => text.Length;

    /// <summary>Length in UTF-8 bytes, as files are measured.</summary>
    public static int Utf8Bytes(string text) => Encoding.UTF8.GetByteCount(text);

    /// <summary>
    /// <paramref name="text"/> unchanged when it fits <paramref name="limit"/>; otherwise its longest head that,
    /// with <paramref name="notice"/> appended, still fits. Returns an empty string when not even the notice fits.
    /// </summary>
    public static string Fit(string text, int limit, Func<string, int> measure, string notice)
    {
        if (measure(text) <= limit)
        {
            return text;
        }
        if (measure(notice) > limit)
        {
            return "";
        }
        // Binary search for the longest head that fits; measure is monotonic in the head's length.
        int low = 0, high = text.Length;
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            if (measure(Close(Head(text, middle)) + notice) <= limit)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }
        var head = Head(text, low);
        // Prefer a whole line unless that throws away more than a quarter of what fits.
        var lineEnd = head.LastIndexOf('\n');
        if (lineEnd >= 0 && lineEnd + 1 >= head.Length * 3 / 4)
        {
            head = head[..(lineEnd + 1)];
        }
        // Closing a fence adds a line: shrink further in the rare case that tips it over the limit.
        while (head.Length > 0 && measure(Close(head) + notice) > limit)
        {
            head = Head(text, head.Length - 1);
        }
        return Close(head) + notice;
    }

    private static string Head(string text, int length)
    {
        var head = text[..length];
        return head.Length > 0 && char.IsHighSurrogate(head[^1]) ? head[..^1] : head;
    }

    // An odd number of fence lines means the cut fell inside a code block: close it so the notice renders.
    private static string Close(string head)
    {
        var fences = head.Split('\n').Count(line => line.TrimStart().StartsWith("```", StringComparison.Ordinal));
        return fences % 2 == 0 ? head : head + (head.EndsWith('\n') ? "" : "\n") + "```\n";
    }
}
