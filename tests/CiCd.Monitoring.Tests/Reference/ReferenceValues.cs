using System.Text.Json;

namespace CiCd.Monitoring.Tests.Reference;

/// <summary>The expected values scipy computed (reference_values.json), loaded once.</summary>
public sealed record ReferenceValues(
    string Scipy,
    KsCase[] Ks,
    NumericCase[] Numeric,
    ChiSquareCase[] ChiSquare,
    JensenShannonCase[] JensenShannon,
    ZTestCase[] ZTest,
    KolmogorovCase[] Kolmogorov)
{
    /// <summary>Agreement demanded with scipy.</summary>
    public const double Tolerance = 1e-9;

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<ReferenceValues> Loaded = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Reference", "reference_values.json");
        return JsonSerializer.Deserialize<ReferenceValues>(File.ReadAllText(path), Options)!;
    });

    public static ReferenceValues Instance => Loaded.Value;

    /// <summary>Cases as xunit theory data, by name so test output says which one failed.</summary>
    public static TheoryData<string> Names<T>(Func<ReferenceValues, IEnumerable<T>> cases, Func<T, string> name) =>
        new(cases(Instance).Select(name));
}
