using System.Net.Sockets;
using System.Reflection;
using CiCd.Serving.Model;
using CiCd.Serving.Tests.Fixtures;
using CiCd.Storage;
using Microsoft.Extensions.FileProviders;

namespace CiCd.Serving.Tests.Model;

public sealed class RegistryModelSourceTests
{
    private static readonly RegistryWatch Fast = new(TimeSpan.FromMilliseconds(50), FileWatcher: true);

    public sealed class TheConstructor
    {
        [Theory]
        [InlineData("nobody@production", "no model 'nobody'")]
        [InlineData("german-credit@certification", "alias 'certification' is not set")]
        [InlineData("german-credit@staging", "unknown alias 'staging'")]
        [InlineData("german-credit@7", "has no version 7")]
        [InlineData("production", "expected <name>@<alias or version>")]
        public void Should_Refuse_What_The_Registry_Does_Not_Hold(string reference, string message)
        {
            // Given
            using var registry = new RegistryFolder();
            registry.Register(TrainedModel.Credit, "production");

            // When
            var error = Assert.Throws<ModelRejectedException>(() => new RegistryModelSource(registry.Root, reference, Fast));

            // Then
            Assert.Equal("missing", error.Reason);
            Assert.Contains(message, error.Message, StringComparison.Ordinal);
            Assert.Contains(registry.Root, error.Message, StringComparison.Ordinal);
        }
    }

    public sealed class TheLocateMethod
    {
        [Fact]
        public void Should_Find_The_Version_The_Alias_Holds_With_Its_Origin()
        {
            // Given
            using var registry = new RegistryFolder();
            registry.Register(TrainedModel.Credit, "production");
            var second = registry.Register(TrainedModel.Credit, "production");
            using var source = new RegistryModelSource(registry.Root, "german-credit@production", Fast);

            // When
            var files = source.Locate();

            // Then
            Assert.Equal("2", files.Version);
            Assert.Equal(new RegistryOrigin(registry.Root, RegistryFolder.Model, "production", second), files.Registry);
            Assert.Equal(ContentHash.OfFile(Path.Combine(TrainedModel.Credit.Folder, "model.zip")), ContentHash.OfFile(files.ModelPath));
        }

        [Fact]
        public void Should_Refuse_A_Version_Whose_Bytes_Differ_From_The_Record()
        {
            // Given
            using var registry = new RegistryFolder();
            var version = registry.Register(TrainedModel.Credit, "production");
            registry.Corrupt(version);
            using var source = new RegistryModelSource(registry.Root, "german-credit@production", Fast);

            // When
            var error = Assert.Throws<ModelRejectedException>(source.Locate);

            // Then
            Assert.Equal("checksum", error.Reason);
            Assert.Contains("v1", error.Message, StringComparison.Ordinal);
            Assert.Contains("is corrupt", error.Message, StringComparison.Ordinal);
        }
    }

    public sealed class TheDisposeMethod
    {
        [Fact]
        public async Task Should_Finish_While_A_Change_Check_Is_Running()
        {
            // Given: a source following an alias, whose poll tick has begun and is held just before it checks the registry
            using var registry = new RegistryFolder();
            registry.Register(TrainedModel.Credit, "production");
            var clock = new HeldTickClock();
            var source = new RegistryModelSource(registry.Root, "german-credit@production",
                new RegistryWatch(TimeSpan.FromHours(1), FileWatcher: false) { Clock = clock });
            source.Watch();
            var poll = Assert.Single(clock.Timers);
            var tick = poll.TickHeld();

            // When: Dispose reaches the timer (which waits for the running tick), then the tick goes on to check
            var disposing = Task.Run(source.Dispose);
            await poll.DisposeEntered.WaitAsync(TimeSpan.FromSeconds(10));
            poll.Release();

            // Then: both finish; a lock held across the timer's disposal would leave each waiting for the other
            await disposing.WaitAsync(TimeSpan.FromSeconds(10));
            await tick.WaitAsync(TimeSpan.FromSeconds(10));
        }

        [Fact]
        public void Should_Refuse_To_Watch_Once_Disposed()
        {
            // Given
            using var registry = new RegistryFolder();
            registry.Register(TrainedModel.Credit, "production");
            var source = new RegistryModelSource(registry.Root, "german-credit@production", Fast);

            // When
            source.Dispose();
            source.Dispose();

            // Then: a second Dispose is harmless, and nothing starts a timer or a watcher again
            Assert.Throws<ObjectDisposedException>(source.Watch);
        }
    }

    public sealed class TheWatchMethod
    {
        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task Should_Signal_When_The_Alias_Moves(bool fileWatcher)
        {
            // Given
            using var registry = new RegistryFolder();
            registry.Register(TrainedModel.Credit, "production");
            var second = registry.Register(TrainedModel.Credit);
            using var source = new RegistryModelSource(registry.Root, "german-credit@production", Fast with { FileWatcher = fileWatcher });
            var token = source.Watch();

            // When
            registry.Promote(second);

            // Then
            await Eventually.TrueAsync(() => token.HasChanged, "the change token to fire");
        }

        [Fact]
        public async Task Should_Dispose_The_Fired_Token_Source_When_Watching_Again()
        {
            // Given: a change that fired
            using var registry = new RegistryFolder();
            registry.Register(TrainedModel.Credit, "production");
            var second = registry.Register(TrainedModel.Credit);
            using var source = new RegistryModelSource(registry.Root, "german-credit@production", Fast);
            var fired = source.Watch();
            var firedSource = ChangedSource(source);
            registry.Promote(second);
            await Eventually.TrueAsync(() => fired.HasChanged, "the change token to fire");

            // When
            var next = source.Watch();

            // Then: the fired source is released (its wait handle is gone), the tokens handed out still say changed
            Assert.NotSame(firedSource, ChangedSource(source));
            Assert.Throws<ObjectDisposedException>(() => firedSource.Token.WaitHandle);
            Assert.True(fired.HasChanged);
            Assert.False(next.HasChanged);
        }

        [Fact]
        public async Task Should_Not_Signal_When_The_Registry_Changes_Without_Moving_The_Alias()
        {
            // Given: a source following production, and a second source following development to know when both have looked
            using var registry = new RegistryFolder();
            registry.Register(TrainedModel.Credit, "production");
            registry.Register(TrainedModel.Credit, "development");
            using var source = new RegistryModelSource(registry.Root, "german-credit@production", Fast);
            using var witness = new RegistryModelSource(registry.Root, "german-credit@development", Fast);
            var token = source.Watch();
            var seen = witness.Watch();

            // When: a new version is registered and development moves; production stays
            registry.Register(TrainedModel.Credit, "development");
            await Eventually.TrueAsync(() => seen.HasChanged, "the development source to see its move");

            // Then
            Assert.False(token.HasChanged);
        }

        [Fact]
        public void Should_Take_A_Registry_File_That_Cannot_Be_Opened_As_No_Version_And_Refuse_To_Locate()
        {
            // Given: registry.json exists but cannot be opened (a socket here; in life, a file caught between delete and create)
            using var registry = new RegistryFolder();
            registry.Register(TrainedModel.Credit, "production");
            using var source = new RegistryModelSource(registry.Root, "german-credit@production", Fast with { PollInterval = TimeSpan.FromHours(1), FileWatcher = false });
            var document = registry.Registry.DocumentOf(RegistryFolder.Model);
            File.Delete(document);
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Bind(new UnixDomainSocketEndPoint(document));

            // When
            var token = source.Watch();
            var error = Assert.Throws<ModelRejectedException>(source.Locate);

            // Then: nothing escapes to stop the host (or, from a timer tick, the process)
            Assert.False(token.HasChanged);
            Assert.Contains(document, error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Never_Signal_For_A_Pinned_Version()
        {
            // Given
            using var registry = new RegistryFolder();
            registry.Register(TrainedModel.Credit, "production");
            using var source = new RegistryModelSource(registry.Root, "german-credit@1", Fast);

            // When
            var token = source.Watch();

            // Then
            Assert.Same(NullChangeToken.Singleton, token);
        }
    }

    // The private source behind the change tokens: nothing public shows whether a fired one was disposed.
    private static CancellationTokenSource ChangedSource(RegistryModelSource source) =>
        (CancellationTokenSource)typeof(RegistryModelSource).GetField("_changed", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(source)!;
}
