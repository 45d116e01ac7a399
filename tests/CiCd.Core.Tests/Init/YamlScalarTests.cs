using CiCd.Init;
using FsCheck;
using FsCheck.Xunit;
using YamlDotNet.RepresentationModel;

namespace CiCd.Core.Tests.Init;

public sealed class YamlScalarTests
{
    // The text of the value under "key", and the one key of the "keys" mapping, as the config loader's parser reads them.
    private static (string Value, string Key) ReadBack(string value, string key)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader($"value: {value}\nkeys:\n  {key} kind\n"));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var keys = (YamlMappingNode)root.Children[new YamlScalarNode("keys")];
        return (((YamlScalarNode)root.Children[new YamlScalarNode("value")]).Value!, ((YamlScalarNode)keys.Children.Single().Key).Value!);
    }

    public sealed class TheOfMethod
    {
        [Theory]
        [InlineData("multi\nline")]
        [InlineData("cr\rlf\r\n")]
        [InlineData("nul\0x")]
        [InlineData("esc\u001b[31m")]
        [InlineData("next\u0085line")]
        [InlineData("line\u2028separator")]
        [InlineData("\uFEFFbom")]
        [InlineData("it's \"quoted\" \\ back")]
        [InlineData("  spaces  ")]
        [InlineData("yes")]
        [InlineData("*alias")]
        public void Should_Read_Back_As_The_Same_Text(string text)
        {
            // When
            var (value, key) = ReadBack(YamlScalar.Of(text), YamlScalar.Key(text, "  "));

            // Then
            Assert.Equal(text, value);
            Assert.Equal(text, key);
        }

        [Fact]
        public void Should_Show_Invisible_Characters_As_Escapes()
        {
            // When: a right-to-left override and a zero-width space would hide what the line says
            var scalar = YamlScalar.Of("a\u202Eb\u200Bc");

            // Then
            Assert.Equal("\"a\\u202Eb\\u200Bc\"", scalar);
        }

        [Property(MaxTest = 300)]
        public void Should_Read_Back_Any_Text(NonNull<string> text)
        {
            // Given: text as a UTF-8 file can hold it (no lone surrogates)
            var valid = new string([.. text.Get.Where(c => !char.IsSurrogate(c))]);

            // When
            var (value, key) = ReadBack(YamlScalar.Of(valid), YamlScalar.Key(valid, "  "));

            // Then
            Assert.Equal(valid, value);
            Assert.Equal(valid, key);
        }
    }

    public sealed class TheKeyMethod
    {
        [Fact]
        public void Should_Write_A_Key_Longer_Than_Yaml_Allows_On_One_Line_Explicitly()
        {
            // Given
            var name = new string('x', 100_000);

            // When
            var key = YamlScalar.Key(name, "  ");

            // Then
            Assert.StartsWith("? ", key, StringComparison.Ordinal);
            Assert.Equal(name, ReadBack("v", key).Key);
        }
    }

    public sealed class TheCommentMethod
    {
        [Property(MaxTest = 300)]
        public void Should_Keep_Any_Text_On_The_Comment_Line(NonNull<string> text)
        {
            // When
            var comment = YamlScalar.Comment(text.Get);

            // Then: nothing ends the comment and starts YAML of its own
            Assert.DoesNotContain(comment, c => c is '\n' or '\r' or '\0' or '\u0085' or '\u2028' or '\u2029');
        }
    }
}
