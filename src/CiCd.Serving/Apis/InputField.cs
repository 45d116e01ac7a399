using CiCd.Configuration;

namespace CiCd.Serving.Apis;

/// <summary>One field of the input schema as <c>/v1/model</c> shows it.</summary>
/// <param name="Name">The field name.</param>
/// <param name="Type">The JSON type expected: number or string (null is always accepted as missing).</param>
/// <param name="Kind">How the model featurizes it.</param>
/// <param name="Categories">Known categories (ordinal: lowest to highest).</param>
public sealed record InputField(string Name, string Type, ColumnKind Kind, IReadOnlyList<string> Categories);
