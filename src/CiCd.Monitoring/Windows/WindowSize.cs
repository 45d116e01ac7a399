using System.Globalization;
using CiCd.Errors;

namespace CiCd.Monitoring.Windows;

/// <summary>Parses window sizes written as a count and a unit: 1h, 6h, 1d, 1w.</summary>
public static class WindowSize
{
    /// <summary>The duration of <paramref name="text"/>, or an input error naming the accepted forms.</summary>
    public static TimeSpan Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length >= 2 && int.TryParse(trimmed[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0)
        {
            switch (char.ToLowerInvariant(trimmed[^1]))
            {
                case 'h': return TimeSpan.FromHours(count);
                case 'd': return TimeSpan.FromDays(count);
                case 'w': return TimeSpan.FromDays(7 * count);
            }
        }
        throw new InputException($"--window: '{text}' is not a window size; use a whole number and h, d or w, such as 1h, 1d or 1w");
    }
}
