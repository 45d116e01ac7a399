using System.Reflection;

namespace CiCd.Serving.Model;

/// <summary>
/// The exceptions that mean "these files are not a model we can serve", as ML.NET, the zip reader and the file system
/// throw them. Loading maps them to a refusal at its edge; anything else (a null reference, a disposed object) is a bug
/// and is left to surface.
/// </summary>
internal static class ModelLoadFailure
{
    /// <summary>The failure behind <paramref name="error"/> when it is one of a model's files being unreadable or damaged, else null.</summary>
    public static Exception? CauseOf(Exception error)
    {
        // ML.NET builds each transform through reflection, so a damaged entry arrives wrapped, sometimes twice.
        var cause = error;
        while (cause is TargetInvocationException { InnerException: { } inner })
        {
            cause = inner;
        }
        return cause switch
        {
            ArgumentNullException or ObjectDisposedException => null,
            InvalidDataException or FormatException or InvalidOperationException or IOException or UnauthorizedAccessException
                or NotSupportedException or ArgumentException or IndexOutOfRangeException or InvalidCastException
                or KeyNotFoundException or OverflowException => cause,
            _ => null,
        };
    }

    /// <summary>Whether <paramref name="error"/> is a damaged or unreadable model rather than a bug.</summary>
    public static bool IsKnown(Exception error) => CauseOf(error) is not null;

    /// <summary>The refusal for <paramref name="error"/>: reason corrupt, the file and the cause's own message, never a stack.</summary>
    public static ModelRejectedException Corrupt(string path, string what, Exception error)
    {
        var cause = CauseOf(error) ?? error;
        return new ModelRejectedException("corrupt", $"{path}: {what} ({cause.GetType().Name}: {cause.Message})", error);
    }
}
