using CiCd.Serving.Hosting;
using CiCd.Serving.Model;
using CiCd.Serving.Telemetry;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace CiCd.Serving.Tests.Model;

public sealed class ModelWatcherTests
{
    public sealed class TheExecuteAsyncMethod
    {
        [Fact]
        public async Task Should_Load_Once_And_Never_Watch_When_WatchModel_Is_Off()
        {
            // Given: a source that counts how often it is asked to watch (a registry source starts its poll timer then)
            var options = Options.Create(new ServingOptions { Model = "counted", WatchModel = false });
            var source = new CountingSource();
            var metrics = new ServingMetrics();
            var reloader = new ModelReloader(source, new ModelLoader(options), new ModelSlot(), metrics, NullLogger<ModelReloader>.Instance);
            using var watcher = new ModelWatcher(source, reloader, options);

            // When
            await watcher.StartAsync(CancellationToken.None);
            await watcher.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));

            // Then
            Assert.Equal(1, source.Located);
            Assert.Equal(0, source.Watched);
        }
    }

    private sealed class CountingSource : IModelSource
    {
        public int Located { get; private set; }

        public int Watched { get; private set; }

        public string Description => "counted";

        public string ChangeTrigger => "file";

        public ModelFiles Locate()
        {
            Located++;
            throw new ModelRejectedException("missing", "nothing to serve in this test");
        }

        public IChangeToken Watch()
        {
            Watched++;
            return NullChangeToken.Singleton;
        }
    }
}
