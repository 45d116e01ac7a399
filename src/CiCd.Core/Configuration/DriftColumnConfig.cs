namespace CiCd.Configuration;

/// <summary>A per-column drift override as written in mlops.yaml; null members keep the policy default.</summary>
/// <param name="Name">The column it applies to.</param>
/// <param name="Test">The test's name (ks, chisquare, z, wasserstein, jensenshannon, psi), checked when the policy is built.</param>
/// <param name="Threshold">A p-value for hypothesis tests, a distance otherwise.</param>
/// <param name="Ignore">Leave the column out of drift detection.</param>
public sealed record DriftColumnConfig(string Name, string? Test, double? Threshold, bool Ignore);
