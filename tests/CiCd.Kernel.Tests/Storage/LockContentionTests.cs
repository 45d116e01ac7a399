using System.Diagnostics;
using CiCd.Storage;
using CiCd.Testing;

namespace CiCd.Kernel.Tests.Storage;

public static class LockContentionTests
{
    public sealed class TheTryTakeMethod
    {
        [Fact]
        public async Task Should_See_A_Lock_Another_Process_Holds_And_Take_It_Once_That_Process_Is_Killed()
        {
            // Given: another process holding the lock, as a `mlops train` would, with the system's flock(1); one process
            // (no fork: flock becomes the shell, then sleep), so the process the test waits for is the one holding the lock
            using var folder = new TempFolder();
            var path = folder.PathOf(".key.training.lock");
            var start = new ProcessStartInfo("flock", ["--exclusive", "--no-fork", path, "sh", "-c", "echo held; exec sleep 600"]) { RedirectStandardOutput = true };
            using var holder = Process.Start(start)!;
            Assert.Equal("held", await holder.StandardOutput.ReadLineAsync());
            using var whileHeld = LockContention.TryTake(path);

            // When the holder dies without letting go (kill -9)
            holder.Kill();
            await holder.WaitForExitAsync();
            using var afterKill = LockContention.TryTake(path);

            // Then
            Assert.Null(whileHeld);
            Assert.NotNull(afterKill);
        }
    }
}
