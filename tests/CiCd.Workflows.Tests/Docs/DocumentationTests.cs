using System.Text.RegularExpressions;
using CiCd.Configuration;
using CiCd.Monitoring.Policy;
using CiCd.Testing;

namespace CiCd.Workflows.Tests.Docs;

/// <summary>
/// The README is the entry point and the documents behind it must hold together: a newcomer's first page stays short,
/// every relative link lands on a file (and heading), and the config reference describes the loader as it is.
/// </summary>
public static partial class DocumentationTests
{
    private const int ReadmeLimitBytes = 8192;

    private static IEnumerable<string> Documents() =>
        new[] { "README.md", "CONTRIBUTING.md" }
            .Select(RepositoryRoot.PathOf)
            .Concat(Directory.GetFiles(RepositoryRoot.PathOf("docs"), "*.md"))
            .Order(StringComparer.Ordinal);

    private static string Relative(string path) => Path.GetRelativePath(RepositoryRoot.Path, path).Replace('\\', '/');

    public sealed class TheReadme
    {
        [Fact]
        public void Should_Stay_Within_8192_Bytes()
        {
            // Given
            var readme = RepositoryRoot.PathOf("README.md");

            // When
            var size = new FileInfo(readme).Length;

            // Then: what it is, the two commands, the stages, one diagram and the links; the rest lives in docs/
            Assert.True(size <= ReadmeLimitBytes, $"README.md is {size} bytes, more than {ReadmeLimitBytes}: move detail to docs/");
        }

        [Fact]
        public void Should_Link_Every_Document_In_Docs_And_Contributing()
        {
            // Given
            var readme = MarkdownDocument.Read(RepositoryRoot.PathOf("README.md"));
            var expected = Documents().Select(Relative).Where(path => path != "README.md");

            // When
            var linked = readme.RelativeLinks().Select(link => link.Target.Split('#')[0]).ToHashSet(StringComparer.Ordinal);

            // Then
            Assert.All(expected, path => Assert.True(linked.Contains(path), $"README.md does not link {path}"));
        }

        [Fact]
        public void Should_Keep_The_Two_Commands_And_The_Exit_Codes()
        {
            // Given
            var text = File.ReadAllText(RepositoryRoot.PathOf("README.md"));

            // Then: .ci/run and the workflows run exactly these
            Assert.Contains("./build.sh --target=Gate", text, StringComparison.Ordinal);
            Assert.Contains("\n./build.sh   ", text, StringComparison.Ordinal);
            Assert.Contains("`CI=true`", text, StringComparison.Ordinal);
            Assert.Contains("Exit codes everywhere: 0 ok, 1 a check failed", text, StringComparison.Ordinal);
        }
    }

    public sealed class TheRelativeLinks
    {
        [Fact]
        public void Should_Point_At_Existing_Files_And_Headings()
        {
            // Given
            var broken = new List<string>();

            // When
            foreach (var document in Documents().Where(File.Exists).Select(MarkdownDocument.Read))
            {
                foreach (var (line, target) in document.RelativeLinks())
                {
                    if (Problem(document, target) is { } problem)
                    {
                        broken.Add($"{Relative(document.Path)}:{line}: ({target}) {problem}");
                    }
                }
            }

            // Then
            Assert.True(broken.Count == 0, string.Join("\n", broken));
        }

        [Fact]
        public void Should_Report_A_Missing_File_And_A_Missing_Heading()
        {
            // Given
            using var folder = new TempFolder();
            var page = folder.Write("page.md", "# Page\n\n## Real `part`\n\n```sh\n# not a heading\n```\n");
            var index = MarkdownDocument.Read(folder.Write("index.md",
                "[a](page.md#real-part) [b](missing.md) [c](page.md#not-a-heading) [d](https://example.com) `[e](nowhere.md)`\n"));

            // When
            var problems = index.RelativeLinks().Select(link => (link.Target, Problem: Problem(index, link.Target))).ToList();

            // Then: only the two broken ones; a URL and a link in code are not checked
            Assert.Equal(["page.md#real-part", "missing.md", "page.md#not-a-heading"], problems.Select(p => p.Target));
            Assert.Null(problems[0].Problem);
            Assert.Contains("no such file", problems[1].Problem, StringComparison.Ordinal);
            Assert.Contains("no heading", problems[2].Problem, StringComparison.Ordinal);
            Assert.True(File.Exists(page));
        }

        private static string? Problem(MarkdownDocument document, string target)
        {
            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var file = hash < 0 ? target : target[..hash];
            var anchor = hash < 0 ? null : Uri.UnescapeDataString(target[(hash + 1)..]);
            var path = file.Length == 0
                ? document.Path
                : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(document.Path)!, Uri.UnescapeDataString(file)));
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                return "no such file";
            }
            if (anchor is null || !path.EndsWith(".md", StringComparison.Ordinal))
            {
                return null;
            }
            return MarkdownDocument.Read(path).Anchors().Contains(anchor) ? null : $"no heading with the anchor '{anchor}'";
        }
    }

    public sealed partial class TheConfigReference
    {
        private static readonly string ConfigDoc = RepositoryRoot.PathOf("docs/config.md");

        [Fact]
        public void Should_Name_Every_Key_The_Loader_Reads()
        {
            // Given: every snake_case string literal in the loader (keys, and values such as forbid or models)
            var sources = Directory.GetFiles(RepositoryRoot.PathOf("src/CiCd.Core/Configuration"), "*Section.cs")
                .Append(RepositoryRoot.PathOf("src/CiCd.Core/Configuration/ConfigLoader.cs"));
            var keys = sources.SelectMany(file => Key().Matches(File.ReadAllText(file)).Select(m => m.Groups["key"].Value))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var text = File.ReadAllText(ConfigDoc);

            // When
            var missing = keys.Where(key => !Regex.IsMatch(text, $@"`[^`\n]*\b{key}\b[^`\n]*`")).ToList();

            // Then
            Assert.NotEmpty(keys);
            Assert.True(missing.Count == 0, $"docs/config.md does not mention: {string.Join(", ", missing)}");
        }

        [Fact]
        public void Should_Hold_Examples_That_Load_As_One_Valid_Config()
        {
            // Given: the YAML examples, one per section, read as one file next to the shipped mlops.yaml
            var yaml = string.Join("\n", YamlBlock().Matches(File.ReadAllText(ConfigDoc)).Select(m => m.Groups["yaml"].Value));

            // When
            var config = ConfigLoader.Parse(RepositoryRoot.PathOf("mlops.yaml"), yaml);
            var policy = config.Drift.ToPolicy();

            // Then: every section is there and means what the tables say
            Assert.Equal("german-credit", config.Dataset.Name);
            Assert.Equal(0.01, config.Validation.MaxDuplicateShare);
            Assert.Equal(2, config.Training.Candidates.Count);
            Assert.True(config.Gates.ChampionRules.Single(r => r.Metric == "expected_cost").RequireGainBeyondCvSpread);
            Assert.Equal("credit-risk", config.Tracking.Experiment);
            Assert.Equal(200, policy.MinCurrentSample);
            Assert.Equal("1.0", config.Release.VersionPrefix);
            Assert.Equal(DriftResponse.Retrain, config.Monitor.OnDrift);
        }

        // A config with only what is required: every other key takes its default.
        private const string Minimal = """
            dataset:
              name: tiny
              path: tiny.csv
              target: y
              classes: [no, yes]
              positive_class: yes
              columns: { x: numeric, y: categorical }
            training:
              candidates: [{ trainer: logistic_regression }]
            """;

        private static readonly HashSet<string> GivenInMinimal = new(StringComparer.Ordinal)
        {
            "DatasetConfig.Name", "DatasetConfig.Path", "DatasetConfig.Target", "DatasetConfig.Classes", "DatasetConfig.PositiveClass",
            "DatasetConfig.Columns", "ColumnSpec.Kind", "TrainingConfig.Candidates", "CandidateConfig.Trainer",
        };

        private static IReadOnlyList<ConfigKeys.Key> Keys() =>
            ConfigKeys.Of(ConfigLoader.Parse(RepositoryRoot.PathOf("mlops.yaml"), Minimal), GivenInMinimal);

        // The part of docs/config.md under "## `section`", up to the next section.
        private static string Section(string text, string section)
        {
            var start = text.IndexOf($"\n## `{section}`", StringComparison.Ordinal);
            Assert.True(start >= 0, $"docs/config.md has no section ## `{section}`");
            var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
            return end < 0 ? text[start..] : text[start..end];
        }

        [Fact]
        public void Should_Have_A_Row_For_Every_Key_Of_The_Config_Records()
        {
            // Given: the keys, found by reflection over the records the loader returns
            var keys = Keys();
            var text = File.ReadAllText(ConfigDoc);

            // When: a row whose first cell names the key (`columns.<name>.test`, or `.max` beside `thresholds.<metric>.min`)
            var missing = keys.Where(k => !Regex.IsMatch(Section(text, k.Section),
                $@"\n\| [^|\n]*`[^`\n]*(?<![\w<]){Regex.Escape(k.Row)}(?![\w>])[^`\n]*`[^|\n]*\|")).ToList();

            // Then
            Assert.True(keys.Count > 40, $"only {keys.Count} keys found");
            Assert.True(missing.Count == 0, "docs/config.md has no row for: " + string.Join(", ", missing.Select(k => $"{k.Section}.{k.Row} ({k.Property})")));
        }

        [Fact]
        public void Should_State_The_Defaults_The_Loader_Applies()
        {
            // Given: each key's value in a minimal config, as the loader and the drift policy apply it
            var defaults = Keys().Where(k => k.Default is not null).ToList();
            var text = File.ReadAllText(ConfigDoc);

            // When
            var wrong = defaults.Where(k => !Regex.IsMatch(Section(text, k.Section),
                $@"\n\| `{Regex.Escape(k.Row)}` \| [^|\n]*`""?{Regex.Escape(k.Default!)}""?`")).ToList();

            // Then
            Assert.True(defaults.Count >= 26, $"only {defaults.Count} defaults found");
            Assert.True(wrong.Count == 0, "docs/config.md does not state the default of: " +
                string.Join(", ", wrong.Select(k => $"{k.Section}.{k.Row} = {k.Default}")));
        }

        [GeneratedRegex(@"""(?<key>[a-z][a-z0-9]*(?:_[a-z0-9]+)*)""")]
        private static partial Regex Key();

        [GeneratedRegex(@"```yaml\n(?<yaml>.*?)```", RegexOptions.Singleline)]
        private static partial Regex YamlBlock();
    }
}
