namespace CiCd.Serving.Input;

/// <summary>What each element of an <c>/invocations</c> answer holds, chosen with <c>params.output</c>.</summary>
public enum InvocationOutput
{
    /// <summary>The predicted label, as MLflow's scikit-learn flavour answers (default).</summary>
    Label,

    /// <summary>An object of class probabilities.</summary>
    Probabilities,

    /// <summary>Label, score and probabilities.</summary>
    Full,
}
