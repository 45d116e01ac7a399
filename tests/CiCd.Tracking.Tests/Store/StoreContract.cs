using CiCd.Tracking.Store;

namespace CiCd.Tracking.Tests.Store;

/// <summary>The base of the shared suite: each concrete subclass runs the same tests on one engine.</summary>
public abstract class StoreContract(ITestBackend backend) : IDisposable
{
    private IExperimentStore? _store;

    protected ITestBackend Backend { get; } = backend;

    protected IExperimentStore Store => _store ??= ExperimentStoreFactory.Open(Backend.ClassStore);

    public void Dispose()
    {
        _store?.Dispose();
        Backend.Dispose();
        GC.SuppressFinalize(this);
    }
}
