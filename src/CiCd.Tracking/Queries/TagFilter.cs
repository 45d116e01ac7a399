using CiCd.Errors;

namespace CiCd.Tracking.Queries;

/// <summary>A `name=value` tag filter.</summary>
public sealed record TagFilter(string Name, string Value)
{
    /// <summary>Parses `name=value`; anything else is an input error naming the text.</summary>
    public static TagFilter Parse(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new InputException($"tag filter '{text}' must look like name=value");
        }
        return new TagFilter(text[..equals].Trim(), text[(equals + 1)..].Trim());
    }
}
