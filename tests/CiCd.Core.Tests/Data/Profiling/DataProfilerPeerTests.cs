using System.Text.Json;
using CiCd.Configuration;
using CiCd.Data.Profiling;
using CiCd.Testing;

namespace CiCd.Core.Tests.Data.Profiling;

// The profile's figures on the shipped data sets against pandas, scipy and scikit-learn (profile_peer.py, Debian's python3).
public sealed class DataProfilerPeerTests
{
    private const string Python = "/usr/bin/python3";
    private const double Tolerance = 1e-9;

    public sealed class TheProfileMethod
    {
        [Fact]
        public async Task Should_Match_Pandas_Scipy_And_Sklearn_On_German_Credit()
        {
            // Given: the shipped config (binary, numeric, categorical and ordinal columns)
            var config = ConfigLoader.Load(RepositoryRoot.PathOf("mlops.yaml")).Dataset;
            var input = ProfileSource.FromConfig(config);

            // When
            var profile = DataProfiler.Profile(input);
            var peer = await PeerAsync(input.Source, config.Target, profile, config.PositiveClass);

            // Then
            AssertSame(peer, profile);
        }

        [Fact]
        public async Task Should_Match_Pandas_Scipy_And_Sklearn_On_Digits_Without_A_Config()
        {
            // Given: a bare file, every kind inferred, ten classes (ANOVA F instead of point-biserial)
            var input = ProfileSource.FromFile(RepositoryRoot.PathOf("data/raw/digits.csv"), "digit");

            // When
            var profile = DataProfiler.Profile(input);
            var peer = await PeerAsync(input.Source, "digit", profile, null);

            // Then
            AssertSame(peer, profile);
        }
    }

    public sealed class TheProfileMethodOnARegressionTarget
    {
        [Theory]
        [InlineData("examples/cpu/mlops.yaml")]
        [InlineData("examples/diabetes/mlops.yaml")]
        public async Task Should_Match_Pandas_Scipy_And_Sklearn_Against_The_Target_Quintiles(string shipped)
        {
            // Given: the shipped regression configs, profiled against which fifth of the target a row falls in
            var config = ConfigLoader.Load(RepositoryRoot.PathOf(shipped)).Dataset;
            var input = ProfileSource.FromConfig(config);

            // When
            var profile = DataProfiler.Profile(input);
            var peer = await PeerAsync(input.Source, config.Target, profile, "--quintiles");

            // Then
            AssertSame(peer, profile);
        }
    }

    private static async Task<JsonElement> PeerAsync(string data, string target, DataProfile profile, string? positive)
    {
        Assert.True(File.Exists(Python), $"{Python} is missing: apt-get install python3-pandas python3-scipy python3-sklearn");
        var numeric = string.Join(',', profile.Columns.Where(c => c.Numeric is not null).Select(c => c.Name));
        string[] arguments = [RepositoryRoot.PathOf("tests/CiCd.Core.Tests/Data/Profiling/profile_peer.py"), data, target, numeric, .. positive is null ? Array.Empty<string>() : [positive]];
        var (code, output, error) = await ExternalTool.RunAsync(Python, arguments);
        Assert.True(code == 0, error);
        return JsonDocument.Parse(output).RootElement;
    }

    private static void AssertSame(JsonElement peer, DataProfile profile)
    {
        Assert.Equal(peer.GetProperty("duplicates").GetInt32(), profile.Overview.DuplicateRows);
        var association = profile.Associations.ToDictionary(a => a.Feature);
        foreach (var column in profile.Columns)
        {
            var expected = peer.GetProperty("columns").GetProperty(column.Name);
            var found = association[column.Name];
            Assert.Equal(expected.GetProperty("missing").GetInt32(), column.Missing);
            Assert.Equal(expected.GetProperty("distinct").GetInt32(), column.Distinct);
            Close(expected, "mutual_information", found.MutualInformation, column.Name);
            if (column.Numeric is { } numeric)
            {
                Close(expected, "mean", numeric.Mean, column.Name);
                Close(expected, "sd", numeric.Sd, column.Name);
                Close(expected, "skew", numeric.Skew, column.Name);
                Close(expected, "min", numeric.Min, column.Name);
                Close(expected, "max", numeric.Max, column.Name);
                Assert.Equal(expected.GetProperty("zeros").GetInt32(), numeric.Zeros);
                Assert.Equal(expected.GetProperty("outliers").GetInt32(), numeric.Outliers);
                Assert.Equal(expected.GetProperty("quantiles").EnumerateArray().Select(q => q.GetDouble()), NumericSummary.Levels.Select(l => numeric.Quantiles[NumericSummary.Key(l)]), Near);
                Assert.Equal(expected.GetProperty("edges").EnumerateArray().Select(q => q.GetDouble()), numeric.Histogram.Edges, Near);
                Assert.Equal(expected.GetProperty("histogram").EnumerateArray().Select(q => q.GetInt32()), numeric.Histogram.Counts);
                Close(expected, found.PointBiserial is null ? "anova_f" : "point_biserial", found.PointBiserial ?? found.AnovaF!.Value, column.Name);
            }
            else
            {
                Close(expected, "cramers_v", found.CramersV!.Value, column.Name);
                var counts = expected.GetProperty("value_counts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
                Assert.All(column.Categories!.Top, level => Assert.Equal(counts[level.Value], level.Count));
            }
        }
        foreach (var matrix in profile.Correlations)
        {
            var expected = peer.GetProperty(matrix.Method);
            for (var i = 0; i < matrix.Columns.Count; i++)
            {
                for (var j = 0; j < matrix.Columns.Count; j++)
                {
                    if (i != j)
                    {
                        Close(expected.GetProperty(matrix.Columns[i]), matrix.Columns[j], matrix.Values[i][j], $"{matrix.Method} {matrix.Columns[i]}");
                    }
                }
            }
        }
    }

    private static bool Near(double expected, double actual) =>
        Math.Abs(expected - actual) <= Tolerance * Math.Max(1, Math.Abs(expected));

    private static void Close(JsonElement parent, string name, double actual, string where)
    {
        var value = parent.GetProperty(name);
        var expected = value.ValueKind == JsonValueKind.Null ? double.NaN : value.GetDouble();
        Assert.True(double.IsNaN(expected) ? double.IsNaN(actual) : Near(expected, actual), $"{where} {name}: peer {expected:R}, profile {actual:R}");
    }
}
