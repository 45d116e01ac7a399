using CiCd.Errors;

namespace CiCd.Registry.Tests.Documents;

public static class RegistryFileTests
{
    public sealed class TheLoadMethod : WithARegistry
    {
        [Fact]
        public void Should_Report_File_Line_And_Problem_Of_A_Hand_Edit_Gone_Wrong()
        {
            // Given
            Register();
            var lines = File.ReadAllLines(RegistryFilePath()).ToList();
            lines.Insert(3, "  \"note\": 'single quotes',");
            File.WriteAllLines(RegistryFilePath(), lines);

            // When
            var error = Assert.Throws<InputException>(() => Registry.Show("credit"));

            // Then
            Assert.Equal(ExitCodes.InputError, error.ExitCode);
            Assert.Equal((RegistryFilePath(), 4), (error.File, error.Line));
            Assert.StartsWith($"{RegistryFilePath()}:4:", error.Message);
            Assert.Contains("not a valid registry file", error.Message);
        }

        [Fact]
        public void Should_Change_Nothing_When_A_Writer_Meets_An_Invalid_File()
        {
            // Given
            Register();
            File.AppendAllText(RegistryFilePath(), "}");
            var before = File.ReadAllBytes(RegistryFilePath());

            // When
            Assert.Throws<InputException>(() => Register());

            // Then
            Assert.Equal(before, File.ReadAllBytes(RegistryFilePath()));
            Assert.False(Directory.Exists(Path.Combine(Options.Root, "credit", "v2")));
        }

        [Fact]
        public void Should_Name_A_Missing_Required_Field()
        {
            // Given
            Register();

            // When
            var error = ShowAfterReplacing("\"model_sha256\"", "\"model_sha\"");

            // Then
            Assert.Contains("model_sha256", error.Message);
        }

        [Fact]
        public void Should_Refuse_An_Alias_Pointing_At_An_Unregistered_Version()
        {
            // Given
            Register();

            // When
            var error = ShowAfterReplacing("\"aliases\": {}", "\"aliases\": { \"production\": 9 }");

            // Then
            Assert.Contains("alias 'production' points at version 9, which is not registered", error.Message);
        }

        [Fact]
        public void Should_Refuse_A_Newer_Format()
        {
            // Given
            Register();

            // When
            var error = ShowAfterReplacing("\"format\": 1", "\"format\": 2");

            // Then
            Assert.Contains("format 2 is not the format 1 this mlops reads", error.Message);
        }

        private InputException ShowAfterReplacing(string from, string to)
        {
            var text = File.ReadAllText(RegistryFilePath());
            Assert.Contains(from, text);
            File.WriteAllText(RegistryFilePath(), text.Replace(from, to, StringComparison.Ordinal));
            return Assert.Throws<InputException>(() => Registry.Show("credit"));
        }
    }
}
