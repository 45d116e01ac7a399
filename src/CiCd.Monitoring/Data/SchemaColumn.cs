using CiCd.Monitoring.Profiles;

namespace CiCd.Monitoring.Data;

/// <summary>A column the drift check reads, and how.</summary>
public sealed record SchemaColumn(string Name, ColumnKind Kind);
