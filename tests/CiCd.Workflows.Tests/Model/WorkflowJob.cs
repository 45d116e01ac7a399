using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace CiCd.Workflows.Tests.Model;

/// <summary>One job of a workflow.</summary>
public sealed partial record WorkflowJob(string Id, YamlNode Node)
{
    public IReadOnlyDictionary<string, string> Permissions => Node.Child("permissions").Pairs();

    public bool DeclaresPermissions => Node.Child("permissions") is YamlMappingNode;

    public string? Environment => Node.Child("environment") is YamlMappingNode env ? env.Text("name") : Node.Text("environment");

    public string? TimeoutMinutes => Node.Text("timeout-minutes");

    /// <summary>The jobs this one waits for (<c>needs:</c>, one name or a list).</summary>
    public IReadOnlyList<string> Needs => Node.Child("needs").Texts();

    public string? If => Node.Text("if");

    public IReadOnlyDictionary<string, string> Outputs => Node.Child("outputs").Pairs();

    /// <summary>The job's token may write somewhere (any permission at <c>write</c>).</summary>
    public bool Writes => Permissions.Values.Contains("write");

    /// <summary>
    /// What a reviewer has to trust most: the token can write. (The job's token is the only secret a workflow may use, so
    /// a read-only job's steps that hold it can read, not write; the registry password on GHCR is that token too.)
    /// </summary>
    public bool Privileged => Writes;

    /// <summary>The job's <c>env:</c>, which every step sees.</summary>
    public IReadOnlyDictionary<string, string> Env => Node.Child("env").Pairs();

    /// <summary>The service containers by id (<c>services:</c>).</summary>
    public IReadOnlyDictionary<string, YamlNode> Services =>
        Node.Child("services") is YamlMappingNode services ? services.Children.ToDictionary(s => s.Key.Text()!, s => s.Value) : new Dictionary<string, YamlNode>();

    public IReadOnlyList<WorkflowStep> Steps =>
        Node.Child("steps") is YamlSequenceNode steps ? steps.Children.Select(s => new WorkflowStep(s)).ToList() : [];

    /// <summary>The Cake targets the job's run steps call, in order (<c>./build.sh --target X</c>).</summary>
    public IReadOnlyList<string> CakeTargets =>
        Steps.Where(s => s.Run is not null).SelectMany(s => BuildTarget().Matches(s.Run!).Select(m => m.Groups[1].Value)).ToList();

    public IEnumerable<WorkflowStep> StepsUsing(string action) => Steps.Where(s => s.Action == action);

    [GeneratedRegex(@"\./build\.sh --target[ =]([A-Za-z]+)")]
    private static partial Regex BuildTarget();
}
