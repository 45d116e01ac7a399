namespace CiCd.Validate;

/// <summary>The result of validating one data file: every rule's outcome, the fingerprint and the verdict.</summary>
public sealed record ValidationReport(string File, int Rows, int Columns, string Fingerprint, IReadOnlyList<RuleResult> Results)
{
    /// <summary>True when no rule with severity error failed.</summary>
    public bool Passed => !Results.Any(r => r.IsBlocking);

    /// <summary>Failed rules with severity warning.</summary>
    public int Warnings => Results.Count(r => !r.Passed && !r.IsBlocking);

    /// <summary>Failed rules with severity error.</summary>
    public int Errors => Results.Count(r => r.IsBlocking);
}
