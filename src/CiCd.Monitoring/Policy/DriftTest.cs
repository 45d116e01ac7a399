using System.Text.Json.Serialization;

namespace CiCd.Monitoring.Policy;

/// <summary>The statistical tests and distances a column can be judged by.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DriftTest>))]
public enum DriftTest
{
    /// <summary>Two-sample Kolmogorov-Smirnov (numeric); drift when p &lt; threshold.</summary>
    KolmogorovSmirnov,

    /// <summary>Two-sample chi-square test of homogeneity (reference vs current counts, 2×k table); drift when p &lt; threshold.</summary>
    ChiSquare,

    /// <summary>Two-proportion z-test (two categories); drift when p &lt; threshold.</summary>
    ZTest,

    /// <summary>Wasserstein-1 distance over the reference standard deviation (numeric); drift when ≥ threshold.</summary>
    Wasserstein,

    /// <summary>Jensen-Shannon distance, log base 2, on shared bins or categories; drift when ≥ threshold.</summary>
    JensenShannon,

    /// <summary>Population stability index on shared bins or categories; drift when ≥ threshold.</summary>
    Psi,
}
