using System.CommandLine;
using Spectre.Console;

namespace CiCd.Cli.Commands.Image;

/// <summary>`mlops image`: the serving image's build, smoke test, push, promotion and rollback.</summary>
internal static class ImageCommand
{
    public static Command Create(IAnsiConsole console) => new("image", "Build, smoke-test, push, promote and roll back the serving image (Docker engine API).")
    {
        ImageBuildCommand.Create(console),
        ImageSmokeCommand.Create(console),
        ImagePushCommand.Create(console),
        ImagePromoteCommand.Create(console),
        ImageRollbackCommand.Create(console),
    };
}
