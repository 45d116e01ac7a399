namespace CiCd.Serving.Tests.Fixtures;

/// <summary>A read-only service over the log-target regression model (cpu, LightGBM), shared by the tests of one class.</summary>
public sealed class RegressionService : IAsyncLifetime
{
    private ServiceHost? _host;

    public ServiceHost Host => _host!;

    public HttpClient Client => Host.Client;

    public Records Records { get; } = new(TrainedModel.LogTarget);

    public async Task InitializeAsync() => _host = await ServiceHost.StartAsync(TrainedModel.LogTarget);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
