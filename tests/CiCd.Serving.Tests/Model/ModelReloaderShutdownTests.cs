using CiCd.Serving.Hosting;
using CiCd.Serving.Model;
using CiCd.Serving.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace CiCd.Serving.Tests.Model;

public sealed class ModelReloaderShutdownTests
{
    public sealed class TheReloadAsyncMethod
    {
        [Fact]
        public async Task Should_Finish_A_Reload_Still_Loading_When_The_Container_Is_Disposed()
        {
            // Given: the host's container (as ServingServices registers the reloader), a reload waiting in the source
            var source = new HeldSource();
            var services = new ServiceCollection()
                .AddSingleton<IOptions<ServingOptions>>(Options.Create(new ServingOptions { Model = "held" }))
                .AddSingleton<IModelSource>(source)
                .AddSingleton<ModelLoader>()
                .AddSingleton<ModelSlot>()
                .AddSingleton<ServingMetrics>()
                .AddSingleton<ILogger<ModelReloader>>(NullLogger<ModelReloader>.Instance)
                .AddSingleton<ModelReloader>()
                .BuildServiceProvider();
            var reload = services.GetRequiredService<ModelReloader>().ReloadAsync("startup", CancellationToken.None);
            await source.Entered.WaitAsync(TimeSpan.FromSeconds(30));

            // When: the host stops (or fails to start) and disposes its services before the reload ends
            await services.DisposeAsync();
            source.Release.SetResult();
            var outcome = await reload.WaitAsync(TimeSpan.FromSeconds(30));

            // Then
            Assert.False(outcome.Loaded);
            Assert.Equal("missing", outcome.Reason);
        }
    }

    private sealed class HeldSource : IModelSource
    {
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Entered => _entered.Task;

        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Description => "held";

        public string ChangeTrigger => "file";

        public ModelFiles Locate()
        {
            _entered.SetResult();
            Release.Task.Wait();
            throw new ModelRejectedException("missing", "nothing to serve in this test");
        }

        public IChangeToken Watch() => NullChangeToken.Singleton;
    }
}
