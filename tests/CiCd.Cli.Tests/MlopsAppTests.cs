using CiCd.Cli.Tests.Fixtures;
using CiCd.Errors;
using CiCd.Train;

namespace CiCd.Cli.Tests;

public sealed class MlopsAppTests
{
    public sealed class TheRunMethod
    {
        [Fact]
        public void Should_Print_The_Tool_And_MlNet_Versions()
        {
            // Given
            string[] args = ["version"];

            // When
            var run = Mlops.Run(args);

            // Then
            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            Assert.StartsWith("mlops 0.1.0", run.Output, StringComparison.Ordinal);
            Assert.Contains("ML.NET", run.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Print_The_Versions_On_One_Line()
        {
            // Given
            string[] args = ["version"];

            // When
            var run = Mlops.Run(args);

            // Then
            Assert.Equal($"mlops {ToolVersions.Tool} (ML.NET {ToolVersions.MlNet})", run.Output.TrimEnd('\n'));
        }

        [Fact]
        public void Should_End_An_Unexpected_Error_In_One_Line_With_Exit_70_And_No_Stack_Trace()
        {
            // Given: a failure no stage expects
            using var error = new StringWriter();

            // When
            var code = MlopsApp.Handle(error, () => throw new InvalidOperationException("boom\nsecond line"));

            // Then
            Assert.Equal(ExitCodes.Unexpected, code);
            Assert.Equal(70, ExitCodes.Unexpected);
            var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("mlops: unexpected error (InvalidOperationException: boom)", line, StringComparison.Ordinal);
            Assert.Contains("MLOPS_DEBUG=1", line, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Say_The_File_System_Refused_An_Output_Folder_Under_A_File_With_Exit_2()
        {
            // Given: an output folder under a file
            using var folder = new CiCd.Testing.TempFolder();
            var file = folder.Write("a-file", "x");

            // When
            var run = Mlops.Run("report", "--out", Path.Combine(file, "report"));

            // Then: the machine's answer with the path, not "a bug in mlops"
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("mlops: the file system refused: ", line, StringComparison.Ordinal);
            Assert.Contains("a-file", line, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Still_Call_A_Broken_Connection_Unexpected_Rather_Than_The_File_System()
        {
            // Given
            using var error = new StringWriter();

            // When
            var code = MlopsApp.Handle(error, () => throw new IOException("Unable to read data from the transport connection",
                new System.Net.Sockets.SocketException(104)));

            // Then
            Assert.Equal(ExitCodes.Unexpected, code);
            Assert.DoesNotContain("file system", error.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_On_An_Unknown_Option()
        {
            // Given
            string[] args = ["data", "validate", "--colour", "blue"];

            // When
            var run = Mlops.Run(args);

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains("--colour", run.Error, StringComparison.Ordinal);
            Assert.Contains("mlops --help", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Show_The_Control_Characters_Of_A_Refused_Model_Name_As_Escapes()
        {
            // Given: a model name that clears the screen when echoed raw
            using var folder = new CiCd.Testing.TempFolder();

            // When
            var run = Mlops.Run("model", "show", "--registry", folder.PathOf("models"), "--model", "evil\u001b[2J");

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.DoesNotContain('\u001b', run.Error);
            Assert.Contains("model name 'evil\\e[2J' must be", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Show_The_Control_Characters_Of_An_Unknown_Argument_As_Escapes()
        {
            // Given: an argument that would set the window title, then ring the bell
            string[] args = ["data", "validate", "\u001b]0;owned\u0007"];

            // When
            var run = Mlops.Run(args);

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.DoesNotContain('\u001b', run.Error);
            Assert.DoesNotContain('\u0007', run.Error);
            Assert.Contains("\\e]0;owned\\u0007", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_On_An_Unknown_Command()
        {
            // Given
            string[] args = ["deploy"];

            // When
            var run = Mlops.Run(args);

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains("deploy", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_When_A_Required_Option_Is_Missing()
        {
            // Given
            string[] args = ["data", "import", "credit.arff"];

            // When
            var run = Mlops.Run(args);

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains("--out", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_0_On_Help()
        {
            // Given
            string[] args = ["--help"];

            // When
            var run = Mlops.Run(args);

            // Then
            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            Assert.Contains("train", run.Output, StringComparison.Ordinal);
            Assert.Contains("gate", run.Output, StringComparison.Ordinal);
        }
    }
}
