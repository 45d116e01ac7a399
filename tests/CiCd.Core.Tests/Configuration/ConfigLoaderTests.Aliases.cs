using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Testing;

namespace CiCd.Core.Tests.Configuration;

public sealed partial class ConfigLoaderTests
{
    public sealed partial class TheParseMethod
    {
        // Anchors and aliases: a block may be repeated, not multiplied into a "billion laughs".
        public sealed class TheAliasesOfTheDocument
        {
            // Longer than any parse of a small config takes on a loaded machine; without the budget the bomb was still loading.
            private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);

            [Fact]
            public async Task Should_Refuse_An_Alias_Bomb_Used_As_A_Key_At_The_Alias()
            {
                // Given: ten levels of nine aliases each (9^10 values), used as a mapping key, which the loader hashes
                var lines = new List<string> { "lol0: &l0 [a, a, a, a, a, a, a, a, a]" };
                for (var i = 1; i <= 10; i++)
                {
                    lines.Add($"lol{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 9))}]");
                }
                var builder = new ConfigBuilder().TopLevel(string.Join("\n", lines) + "\n? *l10\n: x");
                var yaml = builder.Build();

                // When
                var parse = Task.Run(() => Assert.Throws<InputException>(() => ConfigLoader.Parse("mlops.yaml", yaml)));
                Assert.Same(parse, await Task.WhenAny(parse, Task.Delay(Deadline)));
                var error = await parse;

                // Then: the first alias that passes the budget is named where it stands
                Assert.Contains("expands the config past", error.Problem, StringComparison.Ordinal);
                Assert.Contains("'*l", error.Problem, StringComparison.Ordinal);
                Assert.NotNull(error.Line);
                Assert.NotNull(error.Column);
            }

            [Fact]
            public void Should_Accept_An_Anchor_Repeated_For_Several_Columns()
            {
                // Given: one column spec written once and reused
                var yaml = new ConfigBuilder()
                    .Column("x", "&numeric { kind: numeric, range: [0, 100] }")
                    .Column("y", "*numeric")
                    .Build();

                // When
                var config = ConfigLoader.Parse("mlops.yaml", yaml);

                // Then
                Assert.All(config.Dataset.Columns.Where(c => c.Name is "x" or "y"), c => Assert.True(c.IsNumeric));
                Assert.Equal(2, config.Dataset.Columns.Count(c => c.Name is "x" or "y"));
            }
        }
    }
}
