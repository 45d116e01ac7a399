namespace CiCd.Monitoring.Log;

/// <summary>Reads the delayed labels stored next to the prediction log (<c>mlops labels import</c> writes them).</summary>
public interface IPredictionLabelSource
{
    /// <summary>A name for messages (the file or the URI without its password).</summary>
    string Name { get; }

    /// <summary>Every stored label, by request id.</summary>
    IReadOnlyDictionary<string, PredictionLabel> ReadLabels();
}
