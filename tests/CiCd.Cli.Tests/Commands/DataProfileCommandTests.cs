using System.Text.Json;
using CiCd.Reporting.Profile;
using CiCd.Testing;

namespace CiCd.Cli.Tests.Commands;

public static class DataProfileCommandTests
{
    public sealed class TheProfileCommand : IDisposable
    {
        private readonly TempFolder _output = new();

        [Fact]
        public void Should_Write_Html_Json_And_Markdown_For_The_Configured_Data()
        {
            // Given
            var args = new[] { "data", "profile", "-c", RepositoryRoot.PathOf("mlops.yaml"), "--out", _output.Root };

            // When
            var result = Mlops.Run(args);

            // Then
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("1000 rows", result.Output, StringComparison.Ordinal);
            foreach (var file in new[] { ProfileFiles.Html, ProfileFiles.Json, ProfileFiles.Markdown })
            {
                Assert.True(File.Exists(_output.PathOf(file)), $"{file} was not written");
            }
            using var json = JsonDocument.Parse(File.ReadAllText(_output.PathOf(ProfileFiles.Json)));
            Assert.Equal(1000, json.RootElement.GetProperty("overview").GetProperty("rows").GetInt32());
        }

        [Fact]
        public void Should_Profile_A_Regression_Example_Against_The_Quintiles_Of_Its_Target()
        {
            // Given: the shipped diabetes example (a numeric target) with its data path made absolute
            var config = _output.Write("mlops.yaml", File.ReadAllText(RepositoryRoot.PathOf("examples/diabetes/mlops.yaml"))
                .Replace("../../data/raw/diabetes.csv", RepositoryRoot.PathOf("data/raw/diabetes.csv"), StringComparison.Ordinal));

            // When
            var result = Mlops.Run("data", "profile", "-c", config, "--out", _output.PathOf("profile"), "--json");

            // Then: five target bins of about a fifth of the 442 rows each, and every feature ranked against them
            Assert.True(result.ExitCode == 0, result.ToString());
            using var json = JsonDocument.Parse(result.Output);
            var classes = json.RootElement.GetProperty("target").GetProperty("classes").EnumerateArray().ToList();
            Assert.Equal(5, classes.Count);
            Assert.Equal("quintile 5 (highest)", classes[4].GetProperty("value").GetString());
            Assert.All(classes, c => Assert.InRange(c.GetProperty("count").GetInt32(), 80, 100));
            Assert.Equal(10, json.RootElement.GetProperty("associations").GetArrayLength());
        }

        [Fact]
        public void Should_Profile_A_Bare_File_With_A_Target_And_Print_Json()
        {
            // Given
            var args = new[] { "data", "profile", "--data", RepositoryRoot.PathOf("data/raw/digits.csv"), "--target", "digit", "--out", _output.Root, "--json" };

            // When
            var result = Mlops.Run(args);

            // Then
            Assert.Equal(0, result.ExitCode);
            using var json = JsonDocument.Parse(result.Output);
            Assert.Equal(10, json.RootElement.GetProperty("target").GetProperty("classes").GetArrayLength());
            Assert.Contains(json.RootElement.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("kind").GetString() == "constant");
        }

        [Fact]
        public void Should_Write_An_Over_Long_Level_Clipped_So_The_Profile_Stays_Small()
        {
            // Given: one row's category is 100,000 characters long
            var rows = Enumerable.Range(0, 40).Select(i => $"{i},{(i == 0 ? new string('z', 100_000) : i % 2 == 0 ? "red" : "blue")},{(i % 3 == 0 ? "yes" : "no")}");
            var data = _output.Write("long.csv", "x,colour,label\n" + string.Join('\n', rows) + "\n");

            // When
            var result = Mlops.Run("data", "profile", "--data", data, "--target", "label", "--out", _output.PathOf("profile"));

            // Then: every file holds the level's start, length and hash, not the level (three times over in the JSON)
            Assert.True(result.ExitCode == 0, result.ToString());
            foreach (var file in new[] { ProfileFiles.Json, ProfileFiles.Markdown, ProfileFiles.Html })
            {
                Assert.DoesNotContain(new string('z', 1000), File.ReadAllText(_output.PathOf(Path.Combine("profile", file))), StringComparison.Ordinal);
            }
            Assert.Contains("(100,000 characters, sha256 ", File.ReadAllText(_output.PathOf(Path.Combine("profile", ProfileFiles.Json))), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_Naming_The_File_When_The_Target_Is_Not_In_The_Header()
        {
            // Given
            var data = RepositoryRoot.PathOf("data/raw/digits.csv");

            // When
            var result = Mlops.Run("data", "profile", "--data", data, "--target", "label", "--out", _output.Root);

            // Then
            Assert.Equal(2, result.ExitCode);
            Assert.Contains(data, result.Error, StringComparison.Ordinal);
            Assert.Contains("target column 'label' is not in the header", result.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_Saying_How_To_Convert_An_Arff_File()
        {
            // Given: an ARFF file, which `mlops init` takes (before: "target column 'class' is not in the header (% comment)")
            var data = _output.Write("weather.arff", "% the weather data\n@relation weather\n@attribute outlook {sunny, rainy}\n@attribute class {yes, no}\n@data\nsunny,yes\nrainy,no\n");

            // When
            var result = Mlops.Run("data", "profile", "--data", data, "--target", "class", "--out", _output.PathOf("out"));

            // Then
            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"{data}: an ARFF file", result.Error, StringComparison.Ordinal);
            Assert.Contains($"mlops data import {data} --out", result.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_When_The_Target_Comes_Without_A_File()
        {
            // Given
            var args = new[] { "data", "profile", "--target", "class", "--out", _output.Root };

            // When
            var result = Mlops.Run(args);

            // Then
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("--target needs --data", result.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Compare_With_A_Baseline_Profile_In_The_Summary()
        {
            // Given: a first profile, then the same data again against it
            var config = RepositoryRoot.PathOf("mlops.yaml");
            Assert.Equal(0, Mlops.Run("data", "profile", "-c", config, "--out", _output.PathOf("first"), "--json").ExitCode);

            // When
            var result = Mlops.Run("data", "profile", "-c", config, "--data", RepositoryRoot.PathOf("data/raw/german_credit.csv"),
                "--baseline", _output.PathOf("first/" + ProfileFiles.Json), "--out", _output.PathOf("second"));

            // Then
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("| rows | 1,000 | 1,000 | 0 |", File.ReadAllText(_output.PathOf("second/" + ProfileFiles.Summary)), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_Naming_A_Baseline_That_Is_Not_A_Profile()
        {
            // Given
            File.WriteAllText(_output.PathOf("bad.json"), "{ \"overview\": ");

            // When
            var result = Mlops.Run("data", "profile", "-c", RepositoryRoot.PathOf("mlops.yaml"), "--baseline", _output.PathOf("bad.json"), "--out", _output.Root);

            // Then
            Assert.Equal(2, result.ExitCode);
            Assert.Contains(_output.PathOf("bad.json"), result.Error, StringComparison.Ordinal);
        }

        public void Dispose() => _output.Dispose();
    }
}
