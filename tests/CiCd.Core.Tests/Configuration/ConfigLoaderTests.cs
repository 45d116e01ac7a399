using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Testing;

namespace CiCd.Core.Tests.Configuration;

public sealed partial class ConfigLoaderTests
{
    private static InputException ParseError(ConfigBuilder builder) =>
        Assert.Throws<InputException>(() => builder.Parse());

    private static void AssertAt(InputException error, string yaml, string fragment, int? column = null)
    {
        Assert.EndsWith("mlops.yaml", error.File, StringComparison.Ordinal);
        Assert.Equal(ConfigBuilder.LineOf(yaml, fragment), error.Line);
        Assert.Equal(column ?? ConfigBuilder.ColumnOf(yaml, fragment), error.Column);
    }

    // One nested class per part of the config, each in ConfigLoaderTests.<Part>.cs.
    public sealed partial class TheParseMethod;

    public sealed class TheLoadMethod
    {
        [Fact]
        public void Should_Load_A_Config_File_From_Disk()
        {
            // Given
            using var folder = new TempFolder();
            var path = new ConfigBuilder().WriteTo(folder);

            // When
            var config = ConfigLoader.Load(path);

            // Then
            Assert.Equal(path, config.SourceFile);
            Assert.Equal(folder.PathOf("data.csv"), config.Dataset.Path);
        }

        [Fact]
        public void Should_Name_The_File_In_Errors()
        {
            // Given
            using var folder = new TempFolder();
            var path = new ConfigBuilder().TopLevel("extra: 1").WriteTo(folder);

            // When
            var error = Assert.Throws<InputException>(() => ConfigLoader.Load(path));

            // Then
            Assert.Equal(path, error.File);
            Assert.StartsWith($"{path}:", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Fail_When_The_File_Does_Not_Exist()
        {
            // Given
            using var folder = new TempFolder();
            var path = folder.PathOf("missing.yaml");

            // When
            var error = Assert.Throws<InputException>(() => ConfigLoader.Load(path));

            // Then
            Assert.Equal(path, error.File);
            Assert.Equal(ExitCodes.InputError, error.ExitCode);
            Assert.Contains("not found", error.Problem, StringComparison.Ordinal);
        }
    }
}
