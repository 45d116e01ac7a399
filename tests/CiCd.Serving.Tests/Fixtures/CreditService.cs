namespace CiCd.Serving.Tests.Fixtures;

/// <summary>A read-only service over the credit model, shared by the tests of one class.</summary>
public sealed class CreditService : IAsyncLifetime
{
    private ServiceHost? _host;

    public ServiceHost Host => _host!;

    public HttpClient Client => Host.Client;

    public Records Records { get; } = new(TrainedModel.Credit);

    public async Task InitializeAsync() => _host = await ServiceHost.StartAsync(TrainedModel.Credit);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
