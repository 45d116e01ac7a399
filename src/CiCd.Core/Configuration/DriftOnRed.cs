namespace CiCd.Configuration;

/// <summary>What the monitoring workflow does when the drift check turns red.</summary>
public enum DriftOnRed
{
    /// <summary>Start the training target on recent data (the retraining signal).</summary>
    Retrain,

    /// <summary>Open an issue for a person to decide.</summary>
    Issue,
}
