using CiCd.Monitoring.Profiles;
using CiCd.Tracking.Runs;
using CiCd.Train;

namespace CiCd.Pipeline.Train;

/// <summary>What the train stage produced, in memory; the same files are in <c>Result.OutputFolder</c>.</summary>
/// <param name="Result">The machine-readable result (also train-result.json).</param>
/// <param name="Card">The model card.</param>
/// <param name="Reference">The drift reference: the profile of the training rows.</param>
/// <param name="Recorded">The run as the experiment store holds it; null when not tracked.</param>
public sealed record TrainOutcome(TrainingResult Result, ModelCard Card, ReferenceProfile Reference, RunDetails? Recorded);
