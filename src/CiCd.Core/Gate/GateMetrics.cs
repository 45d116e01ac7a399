namespace CiCd.Gate;

/// <summary>The side of a comparison the gate reads from a model card: its identity, test metrics and CV spread.</summary>
public sealed record GateMetrics(string Source, string RunId, IReadOnlyDictionary<string, double> Metrics, IReadOnlyDictionary<string, double> CvSpread)
{
    /// <summary>Reads the gate's view of a model card.</summary>
    public static GateMetrics From(string source, Train.ModelCard card) => new(source, card.RunId, card.Metrics, card.CvSpread);
}
