namespace CiCd.Serving.Input;

/// <summary>The two body formats the service reads.</summary>
public enum BodyFormat
{
    /// <summary><c>application/json</c> (or any <c>+json</c> type).</summary>
    Json,

    /// <summary><c>text/csv</c> with a header row.</summary>
    Csv,
}
