namespace CiCd.Serving.Tests.Fixtures.Contract;

/// <summary>A response the service gave that its OpenAPI document does not allow.</summary>
public sealed class ContractViolationException(IReadOnlyList<string> violations)
    : Exception("the response breaks /openapi/v1.json:\n" + string.Join("\n", violations))
{
    /// <summary>Each way the response breaks the document.</summary>
    public IReadOnlyList<string> Violations { get; } = violations;
}
