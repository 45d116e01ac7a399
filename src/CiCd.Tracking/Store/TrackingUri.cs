using System.Text.RegularExpressions;
using CiCd.Errors;
using Npgsql;

namespace CiCd.Tracking.Store;

/// <summary>
/// Reads the forms a tracking location is written in: <c>postgresql://user:pass@host:port/db</c>,
/// an Npgsql connection string (<c>Host=…;Database=…</c>), <c>sqlite:path</c> or a plain file path.
/// </summary>
internal static partial class TrackingUri
{
    public static TrackingLocation Parse(string text, string origin, string workDirectory)
    {
        if (text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase))
        {
            return TrackingLocation.Postgres(FromUri(text, origin));
        }
        if (text.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            return Sqlite(text["sqlite:".Length..], origin, workDirectory);
        }
        if (text.Contains("://", StringComparison.Ordinal))
        {
            throw Invalid(origin, $"unsupported scheme in '{Redacted(text)}' (use postgresql://, sqlite: or a file path)");
        }
        return KeywordHost().IsMatch(text)
            ? TrackingLocation.Postgres(FromKeywords(text, origin))
            : Sqlite(text, origin, workDirectory);
    }

    private static TrackingLocation Sqlite(string path, string origin, string workDirectory) =>
        string.IsNullOrWhiteSpace(path)
            ? throw Invalid(origin, "sqlite: needs a file path")
            : TrackingLocation.Sqlite(Path.Combine(workDirectory, path));

    private static string FromUri(string text, string origin)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw Invalid(origin, $"'{Redacted(text)}' is not a valid postgresql://user:password@host:port/database URI");
        }
        var user = uri.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
            Username = user[0].Length > 0 ? Uri.UnescapeDataString(user[0]) : null,
            Password = user.Length > 1 ? Uri.UnescapeDataString(user[1]) : null,
        };
        if (string.IsNullOrEmpty(builder.Database))
        {
            throw Invalid(origin, $"'{Redacted(text)}' names no database (…/database at the end)");
        }
        return builder.ConnectionString;
    }

    private static string FromKeywords(string text, string origin)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(text).ConnectionString;
        }
        catch (ArgumentException e)
        {
            throw Invalid(origin, $"not a valid PostgreSQL connection string: {e.Message}");
        }
    }

    // A URI's user info may hold a password: never echo it back.
    private static string Redacted(string text)
    {
        var at = text.LastIndexOf('@');
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        return at > scheme && scheme >= 0 ? string.Concat(text.AsSpan(0, scheme + 3), "***", text.AsSpan(at)) : text;
    }

    private static InputException Invalid(string origin, string problem) => new($"{origin}: {problem}");

    // An Npgsql connection string names its server with Host= or Server= (any case, any position).
    [GeneratedRegex(@"(^|;)\s*(host|server)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex KeywordHost();
}
