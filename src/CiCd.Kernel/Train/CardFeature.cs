using CiCd.Configuration;

namespace CiCd.Train;

/// <summary>One input field of the model: name, kind and, for categories, the values seen or declared.</summary>
public sealed record CardFeature(string Name, ColumnKind Kind, IReadOnlyList<string> Categories);
