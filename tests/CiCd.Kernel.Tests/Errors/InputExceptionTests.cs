using CiCd.Errors;

namespace CiCd.Kernel.Tests.Errors;

public sealed class InputExceptionTests
{
    public sealed class TheMessageProperty
    {
        [Fact]
        public void Should_Name_File_Line_And_Column()
        {
            // Given
            var error = new InputException("mlops.yaml", 12, 7, "unknown key 'x'");

            // When
            var message = error.Message;

            // Then
            Assert.Equal("mlops.yaml:12:7: unknown key 'x'", message);
        }

        [Fact]
        public void Should_Name_File_And_Line_Without_A_Column()
        {
            // Given
            var error = new InputException("data.csv", 3, null, "ragged row");

            // When
            var message = error.Message;

            // Then
            Assert.Equal("data.csv:3: ragged row", message);
        }

        [Fact]
        public void Should_Name_The_File_Alone_Without_A_Line()
        {
            // Given
            var error = new InputException("data.csv", null, null, "data file not found");

            // When
            var message = error.Message;

            // Then
            Assert.Equal("data.csv: data file not found", message);
        }
    }

    public sealed class TheExitCodeProperty
    {
        [Fact]
        public void Should_Be_The_Input_Error_Code()
        {
            // Given
            var error = new InputException("bad usage");

            // When
            var code = error.ExitCode;

            // Then
            Assert.Equal(ExitCodes.InputError, code);
        }
    }
}
