namespace CiCd.Serving.Model;

/// <summary>The result of one reload attempt, as the admin endpoint reports it.</summary>
/// <param name="Loaded">Whether the new model now serves.</param>
/// <param name="Serving">The model serving after the attempt (null when none could ever be loaded).</param>
/// <param name="Reason">Why the model was refused (missing, checksum, corrupt, schema), when it was.</param>
/// <param name="Message">What was wrong, for people.</param>
public sealed record ReloadOutcome(bool Loaded, ModelIdentity? Serving, string? Reason, string? Message);
