using System.Text.RegularExpressions;
using CiCd.Testing;

namespace CiCd.Workflows.Tests.Docs;

public static partial class DocumentationTests
{
    public sealed partial class TheConfigReference
    {
        [Fact]
        public void Should_Show_Every_Key_Of_Its_Tables_In_An_Example()
        {
            // Given: each key a table row names (its last segment: `champion.rules.<metric>.min_relative_change` is
            // min_relative_change), and the examples: the YAML blocks, and code spans such as `target_transform: log1p`
            // for a key no block can hold (the blocks load as one binary config)
            var text = File.ReadAllText(ConfigDoc);
            var yaml = string.Join("\n", YamlBlock().Matches(text).Select(m => m.Groups["yaml"].Value));
            var spans = string.Join("\n", CodeSpan().Matches(YamlBlock().Replace(text, "")).Select(m => m.Value));
            var keys = TableKey().Matches(text)
                .Select(m => Regex.Replace(m.Groups["key"].Value, "<[^>]+>", "").Trim('.').Split('.')[^1])
                .Distinct(StringComparer.Ordinal)
                .ToList();

            // When
            var missing = keys.Where(key => !Regex.IsMatch(yaml + "\n" + spans, $@"(?<![\w.]){Regex.Escape(key)}\s*:")).ToList();

            // Then
            Assert.True(keys.Count > 50, $"only {keys.Count} keys found in the tables of docs/config.md");
            Assert.True(missing.Count == 0, $"docs/config.md has no example of: {string.Join(", ", missing)}");
        }

        [GeneratedRegex(@"\n\| `(?<key>[^`]+)` \|")]
        private static partial Regex TableKey();

        [GeneratedRegex(@"`[^`\n]+`")]
        private static partial Regex CodeSpan();
    }
}
