namespace CiCd.Monitoring.Labels;

/// <summary>What one <c>mlops labels import</c> did: labels new, changed and already stored as given, and the request ids the log does not hold.</summary>
public sealed record LabelImportResult(string Log, int Added, int Changed, int Unchanged, IReadOnlyList<string> UnknownRequestIds)
{
    /// <summary>True when every label matched a logged request.</summary>
    public bool AllKnown => UnknownRequestIds.Count == 0;
}
