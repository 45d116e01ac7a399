using CiCd.Serving.Scoring;

namespace CiCd.Serving.Input;

/// <summary>A decoded <c>/invocations</c> body: its rows in order, the requested answer shape, and the columns it ignored (the target).</summary>
public sealed record InvocationRequest(List<FeatureRow> Rows, InvocationOutput Output, IReadOnlyCollection<string> Ignored);
