using System.Net;
using CiCd.Image.Smoke;

namespace CiCd.Image.Tests.Smoke;

public static class DashboardCheckTests
{
    public sealed class TheCheckMethod
    {
        // As ScottPlot writes it: the text on lines of its own inside the element.
        private const string Drawn = """<svg viewBox="0 0 640 320"><rect fill="white" width="640" height="320"/><path d="M0 0L10 10"/>"""
            + "<text font-family=\"DejaVu Sans\" x=\"0\" y=\"1\">\n\t\t\tdrifted share\n\t\t</text></svg>";

        // What ScottPlot writes when no font is found: the marks, and no text element at all.
        private const string NoText = """<svg viewBox="0 0 640 320"><rect fill="white" width="640" height="320"/><path d="M0 0L10 10"/></svg>""";

        [Fact]
        public void Should_Count_Every_Chart_When_Each_Has_Text_And_Marks()
        {
            // Given
            var problems = new List<string>();

            // When
            var charts = DashboardCheck.Check(HttpStatusCode.OK, Page(Drawn, Drawn), problems);

            // Then
            Assert.Equal((2, 0), (charts, problems.Count));
        }

        [Fact]
        public void Should_Blame_The_Missing_Font_When_A_Chart_Has_No_Text()
        {
            // Given
            var problems = new List<string>();

            // When
            var charts = DashboardCheck.Check(HttpStatusCode.OK, Page(Drawn, NoText), problems);

            // Then
            Assert.Equal(1, charts);
            var problem = Assert.Single(problems);
            Assert.Contains("'history-psi' has no text", problem, StringComparison.Ordinal);
            Assert.Contains("fonts-dejavu-core", problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Not_Count_Text_Elements_That_Hold_Only_Whitespace()
        {
            // Given
            var problems = new List<string>();
            var blank = NoText.Replace("</svg>", "<text x=\"0\" y=\"1\">  </text></svg>", StringComparison.Ordinal);

            // When
            var charts = DashboardCheck.Check(HttpStatusCode.OK, Page(blank, Drawn), problems);

            // Then
            Assert.Equal(1, charts);
            Assert.Contains("'history-share' has no text", Assert.Single(problems), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Quote_The_Pages_Note_When_The_Charts_Are_Replaced_By_It()
        {
            // Given: the dashboard's fallback when SkiaSharp's native library did not load
            var problems = new List<string>();
            var page = Verdict + """<h3>Drift over time</h3><p class="note problem">Charts unavailable: the native drawing library did not load (DllNotFoundException).</p>""";

            // When
            var charts = DashboardCheck.Check(HttpStatusCode.OK, page, problems);

            // Then
            Assert.Equal(0, charts);
            Assert.Equal(2, problems.Count);
            Assert.All(problems, p => Assert.Contains("Charts unavailable: the native drawing library did not load (DllNotFoundException)", p, StringComparison.Ordinal));
        }

        [Fact]
        public void Should_Say_Why_When_The_Page_Shows_No_Drift_Report()
        {
            // Given
            var problems = new List<string>();
            var page = """<section id="drift"><h2>Drift</h2><p class="note" id="drift-message">The drift reports folder /var/lib/mlops/drift does not exist yet.</p></section>""";

            // When
            var charts = DashboardCheck.Check(HttpStatusCode.OK, page, problems);

            // Then
            Assert.Equal(0, charts);
            Assert.Equal("/dashboard shows no drift report: The drift reports folder /var/lib/mlops/drift does not exist yet.", Assert.Single(problems));
        }

        [Fact]
        public void Should_Fail_On_A_Status_Other_Than_200()
        {
            // Given
            var problems = new List<string>();

            // When
            var charts = DashboardCheck.Check(HttpStatusCode.Unauthorized, "{\"title\":\"Missing or wrong API key\"}", problems);

            // Then
            Assert.Equal(0, charts);
            Assert.Equal("GET /dashboard answered 401", Assert.Single(problems));
        }

        [Fact]
        public void Should_Fail_When_A_Chart_Has_Text_But_No_Marks()
        {
            // Given
            var problems = new List<string>();
            var textOnly = """<svg viewBox="0 0 10 10"><text x="0" y="1">title</text></svg>""";

            // When
            var charts = DashboardCheck.Check(HttpStatusCode.OK, Page(Drawn, textOnly), problems);

            // Then
            Assert.Equal(1, charts);
            Assert.Contains("'history-psi' has no marks", Assert.Single(problems), StringComparison.Ordinal);
        }

        private const string Verdict = """<section class="verdict green" id="drift-verdict" data-level="green"><span class="badge">green</span></section>""";

        private static string Page(string share, string psi) =>
            Verdict + $"""<h3>Drift over time</h3><div class="charts two"><figure class="wide chart" id="history-share">{share}</figure><figure class="wide chart" id="history-psi">{psi}</figure></div>""";
    }
}
