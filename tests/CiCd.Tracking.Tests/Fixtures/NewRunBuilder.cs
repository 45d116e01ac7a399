using CiCd.Tracking.Runs;

namespace CiCd.Tracking.Tests.Fixtures;

/// <summary>Runs with unique ids and experiments, so tests sharing a store never see each other's data.</summary>
public sealed class NewRunBuilder
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private string _runId = $"run-{Guid.NewGuid():N}";
    private string _experiment = $"exp-{Guid.NewGuid():N}";
    private DateTimeOffset _startedAt = Epoch;
    private RunProvenance _provenance = new()
    {
        GitCommit = "0123456789abcdef0123456789abcdef01234567",
        GitBranch = "developer",
        GitDirty = true,
        User = "ada",
        ToolVersion = "0.1.0",
        DataFingerprint = new string('d', 64),
        ConfigHash = new string('c', 64),
    };

    public static NewRunBuilder ARun() => new();

    public NewRunBuilder WithId(string runId)
    {
        _runId = runId;
        return this;
    }

    public NewRunBuilder InExperiment(string experiment)
    {
        _experiment = experiment;
        return this;
    }

    public NewRunBuilder StartedMinutesAfterEpoch(int minutes)
    {
        _startedAt = Epoch.AddMinutes(minutes);
        return this;
    }

    public NewRunBuilder WithProvenance(RunProvenance provenance)
    {
        _provenance = provenance;
        return this;
    }

    public NewRun Build() => new(_runId, _experiment, _startedAt, _provenance);
}
