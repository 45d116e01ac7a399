using YamlDotNet.RepresentationModel;

namespace CiCd.Workflows.Tests.Model;

/// <summary>One step of a job.</summary>
public sealed record WorkflowStep(YamlNode Node)
{
    public string? Name => Node.Text("name");

    public string? Uses => Node.Text("uses");

    public string? Run => Node.Text("run");

    public string? If => Node.Text("if");

    public IReadOnlyDictionary<string, string> With => Node.Child("with").Pairs();

    public IReadOnlyDictionary<string, string> Env => Node.Child("env").Pairs();

    /// <summary>The action without its ref: <c>actions/checkout</c>.</summary>
    public string? Action => Uses?.Split('@')[0];

    /// <summary>A value of the step's <c>env:</c> or <c>with:</c> names a secret or the job's token.</summary>
    public bool HoldsSecret => Env.Values.Concat(With.Values).Any(v => v.Contains("secrets.", StringComparison.Ordinal) || v.Contains("github.token", StringComparison.Ordinal));
}
