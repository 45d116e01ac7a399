namespace CiCd.Gate.Paired;

/// <summary>
/// How the champion was measured for the gate: on the candidate's own test rows (paired) or, when its model
/// cannot read them, by the metrics recorded on its card, which were measured on other rows.
/// </summary>
/// <param name="Paired">True when both models were scored on the same rows.</param>
/// <param name="Basis">One sentence a reviewer reads: on which rows, or why not the same rows.</param>
/// <param name="Rows">How many test rows both models were scored on (null when not paired).</param>
/// <param name="Differences">Candidate − champion per metric, with a 95 % interval of the paired difference.</param>
public sealed record PairedComparison(bool Paired, string Basis, int? Rows, IReadOnlyList<PairedDifference> Differences)
{
    /// <summary>A comparison across different data, with the reason a paired one was not possible.</summary>
    public static PairedComparison Unpaired(string reason) =>
        new(false, $"across different data: {reason}; the champion's recorded test metrics were used", null, []);
}
