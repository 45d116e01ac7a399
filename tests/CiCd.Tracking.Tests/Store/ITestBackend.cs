using CiCd.Tracking.Store;

namespace CiCd.Tracking.Tests.Store;

/// <summary>A store engine as the shared suite sees it.</summary>
public interface ITestBackend : IDisposable
{
    /// <summary>The store of this test class (tests keep apart by unique experiment names and run ids).</summary>
    TrackingLocation ClassStore { get; }

    /// <summary>A brand-new empty store, for tests that change the schema.</summary>
    TrackingLocation Fresh();

    /// <summary>Runs raw SQL against a store, bypassing the library (to age or corrupt it).</summary>
    void Execute(TrackingLocation location, string sql);

    /// <summary>Reads one value with raw SQL.</summary>
    object? Scalar(TrackingLocation location, string sql);
}
