namespace CiCd.Data.Profiling;

/// <summary>One finding worth a look, with the column it concerns (null for the whole data set) and a sentence.</summary>
public sealed record ProfileAlert(ProfileAlertKind Kind, string? Column, string Message);
