using CiCd.Configuration;

namespace CiCd.Train.Regression;

/// <summary>The target transform and its inverse, in one place for training, evaluation and serving.</summary>
public static class TargetScale
{
    /// <summary>The values the trainer learns: the targets with <paramref name="transform"/> applied.</summary>
    public static float[] Forward(TargetTransform transform, IReadOnlyList<double> targets) =>
        targets.Select(y => (float)Forward(transform, y)).ToArray();

    /// <summary>One target in the trainer's scale.</summary>
    public static double Forward(TargetTransform transform, double target) => transform switch
    {
        TargetTransform.Log1p => Math.Log(1 + target),
        _ => target,
    };

    /// <summary>A model output mapped back to the target's own scale.</summary>
    public static double Inverse(TargetTransform transform, double output) => transform switch
    {
        TargetTransform.Log1p => Math.Exp(output) - 1,
        _ => output,
    };
}
