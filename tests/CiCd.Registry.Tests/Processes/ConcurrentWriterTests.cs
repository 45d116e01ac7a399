using System.Text.Json;
using CiCd.Errors;
using CiCd.Registry.Aliases;

namespace CiCd.Registry.Tests.Processes;

/// <summary>The registry under real concurrency: several processes, a writer killed mid-save, a lock held elsewhere.</summary>
public sealed class ConcurrentWriterTests : WithARegistry
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public void Should_Give_N_Concurrent_Registrations_N_Distinct_Versions_And_A_File_That_Parses()
    {
        // Given
        const int writers = 6;
        var requests = Enumerable.Range(0, writers).Select(_ => Request()).ToList();

        // When
        var processes = requests
            .Select(r => WriterProcess.Start("register", Options.Root, "credit", r.ModelFile, r.CardFile, r.RunId))
            .ToList();
        var results = processes.Select(p => p.Finish(Patience)).ToList();
        processes.ForEach(p => p.Dispose());

        // Then
        Assert.All(results, r => Assert.Equal(0, r.ExitCode));
        Assert.Equal(Enumerable.Range(1, writers).Select(n => n.ToString()), results.Select(r => r.Output).Order());
        using var parsed = JsonDocument.Parse(File.ReadAllText(RegistryFilePath()));
        var model = Registry.Show("credit");
        Assert.Equal(requests.Select(r => r.RunId).Order(), model.Versions.Select(v => v.RunId).Order());
        Assert.All(model.Versions, v => Registry.Load("credit", v.Version.ToString()));
    }

    [Fact]
    public void Should_Leave_The_Previous_Registry_Intact_When_A_Writer_Dies_Before_Its_Rename()
    {
        // Given
        Register();
        Registry.Promote("credit", "1", ModelAliases.Production, "release");
        var before = File.ReadAllBytes(RegistryFilePath());
        var request = Request();
        using var writer = WriterProcess.Start("die-before-rename", Options.Root, "credit", request.ModelFile, request.CardFile, request.RunId);
        Assert.Equal("written", writer.ReadLine(Patience));

        // When
        writer.Kill();

        // Then
        Assert.Equal(before, File.ReadAllBytes(RegistryFilePath()));
        Assert.Equal(1, Registry.FindByAlias("credit")!.Version);
        Assert.Equal(2, Register().Version);
    }

    [Fact]
    public void Should_Fail_After_The_Bounded_Wait_Naming_The_Process_That_Holds_The_Lock()
    {
        // Given
        Register();
        using var holder = WriterProcess.Start("hold-lock", Options.Root, "credit");
        Assert.Equal("locked", holder.ReadLine(Patience));
        var impatient = new ModelRegistry(Options with { LockTimeout = TimeSpan.FromMilliseconds(300) });

        // When
        var error = Assert.Throws<MlopsException>(() => impatient.Promote("credit", "1", ModelAliases.Production, "release"));

        // Then
        Assert.Contains($"is locked by pid {holder.Id} on host {Environment.MachineName}", error.Message);
        Assert.Contains("gave up after waiting 0.3 s", error.Message);
        holder.CloseInput();
        Assert.Equal(0, holder.Finish(Patience).ExitCode);
        Assert.NotNull(impatient.Promote("credit", "1", ModelAliases.Production, "release"));
    }
}
