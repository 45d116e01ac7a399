using System.Globalization;
using System.Text;
using CiCd.Formats;
using CiCd.Gate.Paired;

namespace CiCd.Gate;

/// <summary>Renders the gate verdict as Markdown for pull requests and job summaries.</summary>
public static class GateMarkdown
{
    /// <summary>The verdict line and the table of checks, failures first.</summary>
    public static string Render(GateReport report)
    {
        var text = new StringBuilder();
        text.Append("## Gate: ").Append(report.Passed ? "✅ passed" : $"❌ failed ({report.Failures.Count()} of {Counted.Of(report.Checks.Count, "check")})").Append("\n\n");
        text.Append($"Candidate run `{report.CandidateRunId}`; champion ")
            .Append(report.ChampionRunId is null ? "none (champion rules are reported, not enforced)" : $"run `{report.ChampionRunId}`").Append(".\n\n");
        var table = new MarkdownTable("result", "metric", "rule", "candidate", "champion", "delta", "reason");
        foreach (var check in report.Checks.OrderBy(c => c.Outcome != GateOutcome.Fail))
        {
            table.Row(check.Outcome switch { GateOutcome.Pass => "pass", GateOutcome.Fail => "FAIL", _ => "no champion" },
                check.Metric, check.Rule, F(check.Value), F(check.Champion), F(check.Delta), check.Reason);
        }
        table.AppendTo(text);
        text.Append('\n');
        PairedComparisonMarkdown.Append(text, report.Comparison);
        return text.ToString();
    }

    private static string F(double? value) => value is { } v ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "–";
}
