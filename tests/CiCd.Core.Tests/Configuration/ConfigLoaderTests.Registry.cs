using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Testing;

namespace CiCd.Core.Tests.Configuration;

public sealed partial class ConfigLoaderTests
{
    public sealed partial class TheParseMethod
    {
        public sealed class TheRegistrySection
        {
            [Fact]
            public void Should_Load_A_Dataset_Name_The_Registry_Refuses_And_Name_Its_File_Line_And_Field_When_The_Model_Name_Is_Read()
            {
                // Given: a dataset name that is not a model name, and no registry.model
                var builder = new ConfigBuilder().Dataset("name", "Vote Data");
                var yaml = builder.Build();
                var file = Path.Combine(Path.GetTempPath(), "mlops.yaml");

                // When: a config that never registers still loads
                var config = builder.Parse();
                var error = Assert.Throws<InputException>(() => config.Registry.Model);

                // Then
                Assert.Equal(file, error.File);
                Assert.Equal(ConfigBuilder.LineOf(yaml, "Vote Data"), error.Line);
                Assert.Equal(ConfigBuilder.ColumnOf(yaml, "Vote Data"), error.Column);
                Assert.StartsWith("dataset.name 'Vote Data' is the model's name (registry.model is unset) and must be 1–100 lowercase", error.Problem);
                Assert.EndsWith("; set registry.model", error.Problem);
                Assert.Equal(ExitCodes.InputError, error.ExitCode);
            }

            [Fact]
            public void Should_Name_The_Registry_Model_Field_When_Its_Name_Is_Refused()
            {
                // Given
                var builder = new ConfigBuilder().TopLevel("registry:\n  model: Bad_Name");
                var yaml = builder.Build();

                // When
                var error = Assert.Throws<InputException>(() => builder.Parse().Registry.Model);

                // Then
                Assert.Equal(ConfigBuilder.LineOf(yaml, "Bad_Name"), error.Line);
                Assert.Equal(ConfigBuilder.ColumnOf(yaml, "Bad_Name"), error.Column);
                Assert.StartsWith("registry.model 'Bad_Name' must be 1–100 lowercase", error.Problem);
            }

            [Fact]
            public void Should_Give_The_Dataset_Name_As_The_Model_Name_When_Valid()
            {
                // Given
                var builder = new ConfigBuilder().Dataset("name", "vote-data");

                // When
                var config = builder.Parse();

                // Then
                Assert.Equal("vote-data", config.Registry.Model);
            }
        }
    }
}
