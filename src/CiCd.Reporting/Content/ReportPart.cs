namespace CiCd.Reporting.Content;

/// <summary>Makes <see cref="ReportPart{T}"/>s.</summary>
public static class ReportPart
{
    /// <summary>A section with data.</summary>
    public static ReportPart<T> Of<T>(T content)
        where T : class => new(content, null);

    /// <summary>A section without data, and why.</summary>
    public static ReportPart<T> Missing<T>(string note)
        where T : class => new(null, note);
}
