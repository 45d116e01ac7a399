using CiCd.Configuration;
using CiCd.Formats;
using CiCd.Gate;
using CiCd.Registry;
using CiCd.Release.Notes;
using CiCd.Release.Versioning;
using CiCd.Storage;
using CiCd.Train;

namespace CiCd.Pipeline.Release;

/// <summary>
/// The release stage (master): the version a commit is released as, counted from <c>release.version</c> and the
/// vX.Y.Z tags, and the release notes from the released card (a file, or a registry version checked against its
/// sha256) and the gate report that certified it. Moving the image tags is <see cref="Promote.PromoteStage"/>.
/// </summary>
public sealed class ReleaseStage(MlopsConfig config)
{
    /// <summary>The gate report the notes quote when none is named and this one exists (the Gate target's output).</summary>
    public static readonly string DefaultGateReport = "out/gate/" + GateFiles.Json;

    /// <summary>
    /// Plans the version of <paramref name="commit"/>; without one, of GITHUB_SHA on a runner, else of HEAD, in the
    /// repository that holds the config. A shallow clone is refused: its tags would undercount the releases.
    /// </summary>
    public VersionPlan Plan(string? commit)
    {
        var tags = new GitTags(Path.GetDirectoryName(config.SourceFile)!);
        tags.RequireFullHistory();
        var target = commit ?? (Environment.GetEnvironmentVariable("GITHUB_SHA") is { Length: > 0 } sha ? sha : tags.Head());
        return NextVersion.Plan(config.Release.VersionPrefix, tags.All(), tags.At(target), target);
    }

    /// <summary>Writes the release notes of <paramref name="request"/> atomically and returns them with the plan they were numbered by.</summary>
    public ReleaseNotesOutcome WriteNotes(ReleaseNotesRequest request)
    {
        var plan = Plan(request.Commit);
        var gatePath = request.GateReport ?? (File.Exists(DefaultGateReport) ? DefaultGateReport : null);
        var notes = ReleaseNotes.Render(new ReleaseNotesInput(
            request.Version ?? plan.Version,
            JsonReport.Read<ModelCard>(request.Registered is { } selector ? RegisteredCard(selector) : request.Card),
            gatePath is null ? null : JsonReport.Read<GateReport>(gatePath),
            request.Commit ?? Environment.GetEnvironmentVariable("GITHUB_SHA"),
            request.Image,
            plan.Previous));
        AtomicFile.WriteAllText(request.Output, notes);
        return new ReleaseNotesOutcome(plan, request.Output, notes);
    }

    // On master nothing is trained: the certified version's card is read from the registry, verified on load.
    private string RegisteredCard(string selector) =>
        new ModelRegistry(new RegistryOptions { Root = config.Registry.Root }).Load(config.Registry.Model, selector).CardPath;
}
