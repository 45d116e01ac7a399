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

        [Theory]
        [InlineData("\"v1/model.zip\"", "\"../../../../etc/passwd\"", "model_file '../../../../etc/passwd' is not a file inside the version's folder v1/")]
        [InlineData("\"v1/model.zip\"", "\"/etc/passwd\"", "model_file '/etc/passwd' is not a file inside")]
        [InlineData("\"v1/card.json\"", "\"v1/../../other/v1/card.json\"", "card_file 'v1/../../other/v1/card.json' is not a file inside")]
        [InlineData("\"v1/card.json\"", "\"v2/card.json\"", "card_file 'v2/card.json' is not a file inside the version's folder v1/")]
        public void Should_Refuse_A_Path_Outside_The_Version_Folder_Naming_The_Field(string from, string to, string problem)
        {
            // Given
            Register();

            // When
            var error = ShowAfterReplacing(from, to);

            // Then
            Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
            var lines = File.ReadAllLines(RegistryFilePath());
            var line = Array.FindIndex(lines, l => l.Contains(to, StringComparison.Ordinal)) + 1;
            Assert.Equal((line, lines[line - 1].IndexOf('"', StringComparison.Ordinal) + 1), (error.Line, error.Column));
        }

        [Fact]
        public void Should_Not_Open_A_File_Outside_The_Version_Folder_When_Loading()
        {
            // Given
            Register();
            var text = File.ReadAllText(RegistryFilePath());
            File.WriteAllText(RegistryFilePath(), text.Replace("\"v1/model.zip\"", "\"../../../../../../../../etc/hostname\"", StringComparison.Ordinal));

            // When
            var error = Assert.Throws<InputException>(() => Registry.Load("credit", "1"));

            // Then
            Assert.Contains("model_file", error.Problem, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("\"format\": 1,", "\"format\": 1,\n  \"format\": 1,")]
        [InlineData("\"run_id\": \"run-1\"", "\"run_id\": null")]
        [InlineData("\"version\": 1,", "\"version\": 2147483648,")]
        [InlineData("\"version\": 1,", "\"version\": \"1\",")]
        [InlineData("\"model\": \"credit\"", "\"model\": \"other\"")]
        [InlineData("\"trainer\": \"fasttree\"", "\"trainer\": null")]
        public void Should_Refuse_Duplicates_Nulls_Overflow_And_Wrong_Types_With_Line_And_Column(string from, string to)
        {
            // Given
            Register();

            // When
            var error = ShowAfterReplacing(from, to);

            // Then
            Assert.NotNull(error.Line);
            Assert.NotNull(error.Column);
            Assert.StartsWith($"{RegistryFilePath()}:{error.Line}:{error.Column}: ", error.Message, StringComparison.Ordinal);
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
