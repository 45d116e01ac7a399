using CiCd.Registry.Versions;
using CiCd.Train;

namespace CiCd.Pipeline.Register;

/// <summary>What the register stage filed: the new version and the card it was registered from.</summary>
public sealed record RegisterOutcome(ModelVersion Version, ModelCard Card);
