using System.Text;

namespace CiCd.Formats;

/// <summary>Builds GitHub-flavoured Markdown tables, escaping the characters that would break a cell.</summary>
public sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    /// <summary>Adds a row; it must have one cell per header.</summary>
    public MarkdownTable Row(params string[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"expected {headers.Length} cells, got {cells.Length}", nameof(cells));
        }
        _rows.Add(cells);
        return this;
    }

    /// <summary>Appends the table (header, separator, rows) to <paramref name="text"/>.</summary>
    public void AppendTo(StringBuilder text)
    {
        text.Append("| ").AppendJoin(" | ", headers.Select(Escape)).Append(" |\n");
        text.Append('|').AppendJoin('|', headers.Select(_ => "---")).Append("|\n");
        foreach (var row in _rows)
        {
            text.Append("| ").AppendJoin(" | ", row.Select(Escape)).Append(" |\n");
        }
    }

    // Cells quote data (a column, a level, a message naming them): a line break ends the row, and a '<' opens HTML that
    // GitHub keeps ('<!--' hides the rest of a comment or an issue), so both are neutralised; backticks stay for code.
    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "\\<", StringComparison.Ordinal)
        .Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}
