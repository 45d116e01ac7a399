using CiCd.Errors;

namespace CiCd.Cli.Commands;

/// <summary>
/// A key given as a value or as a file holding it (a mounted secret): a key on the command line shows in <c>ps</c>, a
/// file does not. Neither given leaves the key to the environment (<c>Serving__ApiKey</c>).
/// </summary>
internal static class KeyFile
{
    /// <summary>The key from <paramref name="value"/> or the file at <paramref name="path"/>, or null when neither is given.</summary>
    /// <exception cref="InputException">Both are given, or the file is unreadable or holds no key.</exception>
    public static string? Resolve(string valueOption, string? value, string fileOption, string? path)
    {
        if (path is null)
        {
            return value;
        }
        if (value is not null)
        {
            throw new InputException($"{valueOption} and {fileOption}: give the key one way, not both");
        }
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputException($"{fileOption}: cannot read the key from {path} ({e.Message})");
        }
        // Secret files usually end with a newline the key does not include.
        var key = text.Trim();
        return key.Length > 0 ? key : throw new InputException($"{fileOption}: {path} is empty; expected the key on its first line");
    }
}
