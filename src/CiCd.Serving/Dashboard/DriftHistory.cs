namespace CiCd.Serving.Dashboard;

/// <summary>
/// Every readable drift report, oldest first (the last is the latest), the files that could not be read, and a
/// message for people when there is nothing to show. <see cref="Signature"/> changes whenever a file does.
/// </summary>
public sealed record DriftHistory(string? Folder, IReadOnlyList<StoredReport> Reports, IReadOnlyList<DriftFileProblem> Problems, string? Message, string Signature)
{
    /// <summary>The newest report by generation time, if any.</summary>
    public StoredReport? Latest => Reports.Count == 0 ? null : Reports[^1];

    /// <summary>No report to show, with the reason.</summary>
    public static DriftHistory Empty(string? folder, string message) => new(folder, [], [], message, message);
}
