namespace CiCd.Gate;

/// <summary>One row of the verdict table.</summary>
/// <param name="Rule">The rule as written (e.g. <c>min 0.75</c>, <c>min_absolute_change -0.01</c>).</param>
/// <param name="Metric">The metric checked.</param>
/// <param name="Value">The candidate's value (null when the candidate lacks the metric).</param>
/// <param name="Threshold">The bound or required change.</param>
/// <param name="Champion">The champion's value, for champion rules.</param>
/// <param name="Delta">The improvement over the champion in the metric's good direction (absolute or relative as the rule says).</param>
/// <param name="Outcome">Pass, fail or no champion.</param>
/// <param name="Reason">Why, in a sentence.</param>
public sealed record GateCheck(string Rule, string Metric, double? Value, double Threshold, double? Champion, double? Delta, GateOutcome Outcome, string Reason);
