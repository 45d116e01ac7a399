using CiCd.Errors;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CiCd.Configuration.Yaml;

/// <summary>
/// Refuses YAML whose aliases expand it past <see cref="MaxNodes"/> nodes (a "billion laughs" bomb), before it is loaded:
/// YamlDotNet keeps an alias as a reference, but hashing a mapping key that holds one walks every node it expands to,
/// so ten lines of nested aliases used as a key (9^10 values) had not loaded after 2 minutes when the test gave up.
/// </summary>
internal static class AliasBudget
{
    /// <summary>Most nodes the document may hold once every alias is expanded; a config of 10,000 columns holds ~50,000.</summary>
    public const long MaxNodes = 1_000_000;

    /// <summary>Scans the events of <paramref name="yaml"/>; an alias that takes the expanded size past the budget is an error at it.</summary>
    public static void Check(string file, string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        // The collections still open: their anchor (or null) and the expanded count when they began.
        var open = new Stack<(AnchorName Anchor, long Start)>();
        long expanded = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case AnchorAlias alias:
                        expanded += sizes.TryGetValue(alias.Value.Value, out var size) ? size : 1;
                        if (expanded > MaxNodes)
                        {
                            throw new InputException(file, (int)alias.Start.Line, (int)alias.Start.Column,
                                $"the alias '*{alias.Value.Value}' expands the config past {MaxNodes:N0} values; aliases may repeat a block, not multiply it");
                        }
                        break;
                    case Scalar scalar:
                        expanded++;
                        Remember(sizes, scalar.Anchor, 1);
                        break;
                    case NodeEvent collection and (MappingStart or SequenceStart):
                        open.Push((collection.Anchor, expanded));
                        expanded++;
                        break;
                    case MappingEnd or SequenceEnd when open.Count > 0:
                        var (anchor, start) = open.Pop();
                        Remember(sizes, anchor, expanded - start);
                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // Malformed YAML: the loader reports it with its own position; what was scanned stayed within the budget.
        }
    }

    private static void Remember(Dictionary<string, long> sizes, AnchorName anchor, long size)
    {
        if (!anchor.IsEmpty)
        {
            sizes[anchor.Value] = size;
        }
    }
}
