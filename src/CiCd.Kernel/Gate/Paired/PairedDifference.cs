namespace CiCd.Gate.Paired;

/// <summary>One metric of both models on the same rows.</summary>
/// <param name="Metric">The metric.</param>
/// <param name="Candidate">The candidate's value on the rows.</param>
/// <param name="Champion">The champion's value on the same rows.</param>
/// <param name="Difference">Candidate − champion (raw: for a lower-is-better metric a negative difference is a gain).</param>
/// <param name="Lower">Lower end of the 95 % interval of the difference.</param>
/// <param name="Upper">Upper end of the 95 % interval of the difference.</param>
/// <param name="Method">How the interval was found: <c>DeLong</c> for ROC AUC, else <c>paired bootstrap</c>.</param>
public sealed record PairedDifference(string Metric, double Candidate, double Champion, double Difference, double Lower, double Upper, string Method);
