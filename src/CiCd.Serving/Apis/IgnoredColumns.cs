namespace CiCd.Serving.Apis;

/// <summary>
/// The answer header naming the request's columns the model does not take but ignored rather than refused: the target
/// and the columns the config set to ignore (the card's <c>ignored_columns</c>), so that rows of the training file can be
/// posted as they are.
/// </summary>
public static class IgnoredColumns
{
    /// <summary>The header's name.</summary>
    public const string Header = "X-Ignored-Columns";

    /// <summary>Sets the header on <paramref name="response"/> when any column was ignored.</summary>
    public static void Tell(HttpResponse response, IReadOnlyCollection<string> ignored)
    {
        if (ignored.Count > 0)
        {
            response.Headers[Header] = string.Join(", ", ignored);
        }
    }
}
