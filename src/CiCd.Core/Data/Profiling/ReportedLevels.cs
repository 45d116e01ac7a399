using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CiCd.Data.Profiling;

/// <summary>
/// The profile as its reports show it (profile.json, .md, .html, <c>--json</c>, a run's data-profile.json): a level
/// longer than <see cref="MaxLength"/> characters is clipped to its start, its length and the start of its sha256, so a
/// 10 MB value costs a line, not three copies of itself (top levels, rare levels, class mix). Two long levels that differ
/// only at the end still read as two. The profile in memory, which <c>mlops init</c> writes `allowed` and `order` from,
/// keeps every level whole, and so does the drift reference (reference-profile.json), whose levels are matched exactly.
/// </summary>
public static class ReportedLevels
{
    /// <summary>The longest level shown whole.</summary>
    public const int MaxLength = 200;

    private const int Shown = 120;

    /// <summary><paramref name="profile"/> with every over-long level, class and order entry clipped.</summary>
    public static DataProfile Of(DataProfile profile) => profile with
    {
        Target = profile.Target with
        {
            Classes = Counts(profile.Target.Classes)!,
            PositiveClass = profile.Target.PositiveClass is { } positive ? Text(positive) : null,
        },
        Columns = [.. profile.Columns.Select(Of)],
    };

    /// <summary><paramref name="level"/> whole, or clipped when longer than <see cref="MaxLength"/>.</summary>
    public static string Text(string level)
    {
        if (level.Length <= MaxLength)
        {
            return level;
        }
        // Not between the two halves of a surrogate pair.
        var start = char.IsHighSurrogate(level[Shown - 1]) ? Shown - 1 : Shown;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(level)));
        return string.Create(CultureInfo.InvariantCulture, $"{level[..start]}… ({level.Length:N0} characters, sha256 {hash[..16]})");
    }

    private static ColumnProfile Of(ColumnProfile column) => column with
    {
        InferredOrder = [.. column.InferredOrder.Select(Text)],
        Categories = column.Categories is { } c
            ? c with { Top = Counts(c.Top)!, Rare = Counts(c.Rare)!, Order = Counts(c.Order) }
            : null,
        TargetMix = [.. column.TargetMix.Select(m => m with { Level = Text(m.Level) })],
    };

    private static List<LevelCount>? Counts(IReadOnlyList<LevelCount>? levels) =>
        levels?.Select(l => l with { Value = Text(l.Value) }).ToList();
}
