namespace CiCd.Data.Profiling;

/// <summary>
/// How strongly one feature alone tells the target: mutual information for every kind (numbers by histogram bin),
/// Cramér's V for categories, point-biserial r (binary target) or ANOVA F (multiclass) for numbers.
/// </summary>
/// <param name="Feature">The column.</param>
/// <param name="MutualInformation">In nats.</param>
/// <param name="NormalizedMutualInformation">Mutual information over the target's entropy, in [0, 1].</param>
/// <param name="CramersV">Categorical and ordinal features.</param>
/// <param name="PointBiserial">Numeric features against a binary target (the positive class as 1).</param>
/// <param name="AnovaF">Numeric features against the classes.</param>
/// <param name="PossibleLeakage">Whether the feature alone is suspiciously strong.</param>
public sealed record TargetAssociation(
    string Feature,
    double MutualInformation,
    double NormalizedMutualInformation,
    double? CramersV,
    double? PointBiserial,
    double? AnovaF,
    bool PossibleLeakage)
{
    /// <summary>The largest of the three measures and its name, as a leak's message states it (the one that reached the bar).</summary>
    public (string Name, double Value) Strongest
    {
        get
        {
            var strongest = ("normalized MI", NormalizedMutualInformation);
            if (Math.Abs(PointBiserial ?? 0) > strongest.Item2)
            {
                strongest = ("point-biserial |r|", Math.Abs(PointBiserial!.Value));
            }
            return CramersV is { } v && v > strongest.Item2 ? ("Cramér's V", v) : strongest;
        }
    }
}
