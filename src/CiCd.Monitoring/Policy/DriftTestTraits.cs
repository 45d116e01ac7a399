namespace CiCd.Monitoring.Policy;

/// <summary>Facts about each test that the policy and the reports share.</summary>
public static class DriftTestTraits
{
    /// <summary>True for hypothesis tests judged by a p-value (drift when p &lt; threshold); false for distances (drift when ≥ threshold).</summary>
    public static bool IsHypothesisTest(this DriftTest test) =>
        test is DriftTest.KolmogorovSmirnov or DriftTest.ChiSquare or DriftTest.ZTest;

    /// <summary>True for tests that need raw numeric values rather than counts.</summary>
    public static bool NeedsNumericValues(this DriftTest test) =>
        test is DriftTest.KolmogorovSmirnov or DriftTest.Wasserstein;

    /// <summary>The name used in configuration and reports.</summary>
    public static string ConfigName(this DriftTest test) => test switch
    {
        DriftTest.KolmogorovSmirnov => "ks",
        DriftTest.ChiSquare => "chisquare",
        DriftTest.ZTest => "z",
        DriftTest.Wasserstein => "wasserstein",
        DriftTest.JensenShannon => "jensenshannon",
        DriftTest.Psi => "psi",
        _ => throw new ArgumentOutOfRangeException(nameof(test), test, null),
    };

    /// <summary>Parses a configuration name (as written by <see cref="ConfigName"/>), or null when unknown.</summary>
    public static DriftTest? Parse(string name) =>
        Enum.GetValues<DriftTest>().Select(t => (DriftTest?)t)
            .FirstOrDefault(t => string.Equals(t!.Value.ConfigName(), name.Trim(), StringComparison.OrdinalIgnoreCase));
}
