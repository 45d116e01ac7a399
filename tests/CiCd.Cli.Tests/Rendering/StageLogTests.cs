using CiCd.Cli.Rendering;

namespace CiCd.Cli.Tests.Rendering;

public sealed class StageLogTests
{
    public sealed class TheWriteLineMethod
    {
        [Fact]
        public void Should_Show_Control_Characters_As_Escapes_And_Keep_Tabs_And_Line_Breaks()
        {
            // Given: a progress line quoting a tag that clears the screen and rings the bell, in a two-line message
            using var output = new StringWriter();
            using var log = new StageLog(output);

            // When
            log.WriteLine("pushed credit:\u001b[2J\u0007\tdone\nnext");
            log.Write('\u009b');

            // Then
            Assert.Equal("pushed credit:\\e[2J\\u0007\tdone\nnext" + Environment.NewLine + "\\u009B", output.ToString());
        }
    }
}
