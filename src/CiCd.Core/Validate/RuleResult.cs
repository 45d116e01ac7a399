using CiCd.Configuration;

namespace CiCd.Validate;

/// <summary>The outcome of one rule on one column (or on the whole dataset when <paramref name="Column"/> is null).</summary>
/// <param name="Rule">The rule's name (e.g. <c>range</c>).</param>
/// <param name="Column">The column checked, or null for dataset-level rules.</param>
/// <param name="Severity">What a failure does.</param>
/// <param name="Passed">Whether the rule held.</param>
/// <param name="Message">What was found, in a sentence.</param>
/// <param name="Lines">Up to ten file lines that break the rule, for the reader to look at.</param>
public sealed record RuleResult(string Rule, string? Column, Severity Severity, bool Passed, string Message, IReadOnlyList<int> Lines)
{
    /// <summary>Whether this result fails the stage.</summary>
    public bool IsBlocking => !Passed && Severity == Severity.Error;

    /// <summary>A passing result.</summary>
    public static RuleResult Pass(string rule, string? column, Severity severity, string message) => new(rule, column, severity, true, message, []);

    /// <summary>A failing result that names the offending lines (at most ten are kept).</summary>
    public static RuleResult Fail(string rule, string? column, Severity severity, string message, IEnumerable<int>? lines = null) =>
        new(rule, column, severity, false, message, lines?.Take(10).ToList() ?? []);
}
