namespace CiCd.Tracking.Schema;

/// <summary>One step of the schema: the statements that take a store from Version - 1 to Version.</summary>
internal sealed record Migration(int Version, string Summary, IReadOnlyList<string> Statements);
