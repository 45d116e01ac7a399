namespace CiCd.Data.Profiling;

/// <summary>A symmetric matrix of one association measure over a set of columns (NaN where undefined).</summary>
public sealed record CorrelationMatrix(string Method, IReadOnlyList<string> Columns, double[][] Values);
