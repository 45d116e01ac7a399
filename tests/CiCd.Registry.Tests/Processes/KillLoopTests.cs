using System.Diagnostics;
using CiCd.Registry.Aliases;
using CiCd.Storage;
using Xunit.Abstractions;

namespace CiCd.Registry.Tests.Processes;

/// <summary>Writers killed (SIGKILL) at random moments of register, promote and rollback never leave a registry a reader or writer cannot use.</summary>
public sealed class KillLoopTests(ITestOutputHelper output) : WithARegistry
{
    private const int Kills = 50;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    [Fact]
    public void Should_Load_Verify_And_Leave_No_Temp_File_After_50_Kills_At_Random_Moments()
    {
        // Given: a model with two versions, production set, and a seed printed so a failure can be replayed
        Register();
        Register();
        Registry.Promote("credit", "1", ModelAliases.Production, "start");
        var seed = Environment.GetEnvironmentVariable("KILL_LOOP_SEED") is { } given ? int.Parse(given) : Random.Shared.Next();
        output.WriteLine($"kill loop seed {seed} (KILL_LOOP_SEED={seed} replays the same delays)");
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();

        // When: each writer churns register/promote/rollback and is killed 0–60 ms after it starts writing
        for (var kill = 0; kill < Kills; kill++)
        {
            var request = Request();
            using var writer = WriterProcess.Start("churn", Options.Root, "credit", request.ModelFile, request.CardFile, request.RunId);
            Assert.Equal("churning", writer.ReadLine(Patience));
            Thread.Sleep(random.Next(0, 60));
            writer.Kill();
        }
        output.WriteLine($"{Kills} kills in {clock.Elapsed.TotalSeconds:0.0} s");

        // Then: the registry loads, every recorded file matches its sha256, and the next write leaves no temp file
        var model = Registry.Show("credit");
        Assert.True(model.Versions.Count >= 2);
        Assert.True(Registry.Verify() >= 2 * model.Versions.Count);
        Assert.NotNull(Registry.FindByAlias("credit"));
        var next = Register();
        Assert.Equal(model.Versions.Max(v => v.Version) + 1, next.Version);
        var temps = Directory.EnumerateFiles(Options.Root, "*", SearchOption.AllDirectories)
            .Where(file => AtomicFile.IsTemp(Path.GetFileName(file))).ToList();
        Assert.Empty(temps);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the loop took {clock.Elapsed}");
    }
}
