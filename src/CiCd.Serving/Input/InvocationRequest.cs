using CiCd.Serving.Scoring;

namespace CiCd.Serving.Input;

/// <summary>A decoded <c>/invocations</c> body: its rows in order and the requested answer shape.</summary>
public sealed record InvocationRequest(List<FeatureRow> Rows, InvocationOutput Output);
