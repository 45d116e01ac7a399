using CiCd.Data.Profiling;

namespace CiCd.Reporting.Content;

/// <summary>The candidate's training-data profile and, when the production version kept one, production's.</summary>
/// <param name="Current">The profile the latest run wrote (data-profile.json).</param>
/// <param name="Production">The production version's profile from the registry; null when there is none to compare with.</param>
public sealed record DataComparison(DataProfile Current, DataProfile? Production);
