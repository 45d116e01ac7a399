using CiCd.Configuration;
using CiCd.Data.Profiling;
using CiCd.Testing;

namespace CiCd.Reporting.Tests.Profile;

/// <summary>Profiles of the shipped data, made once per test run: German credit under its config, digits as a bare file.</summary>
public static class ShippedProfile
{
    private static readonly Lazy<DataProfile> LazyCredit = new(() =>
        DataProfiler.Profile(ProfileSource.FromConfig(ConfigLoader.Load(RepositoryRoot.PathOf("mlops.yaml")).Dataset)));

    private static readonly Lazy<DataProfile> LazyDigits = new(() =>
        DataProfiler.Profile(ProfileSource.FromFile(RepositoryRoot.PathOf("data/raw/digits.csv"), "digit")));

    public static DataProfile Credit => LazyCredit.Value;

    public static DataProfile Digits => LazyDigits.Value;
}
