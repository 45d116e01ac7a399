using CiCd.Train.Trainers;

namespace CiCd.Cli.Tests;

public sealed class ProcessStartTests
{
    public sealed class ThePrepareMethod
    {
        [Fact]
        public void Should_Let_Idle_Threads_Sleep_At_Once_When_Training()
        {
            // Given: the first thing Program does for `mlops train`
            string[] args = ["train", "--config", "mlops.yaml"];

            // When
            ProcessStart.Prepare(args);

            // Then: the runtime reads the spin limit when its thread pool starts, libgomp the policy when LightGBM loads
            Assert.Equal(0, AppContext.GetData(ProcessStart.PoolSpinLimit));
            if (OperatingSystem.IsLinux())
            {
                Assert.Equal(Environment.GetEnvironmentVariable(OpenMpWaitPolicy.Variable) ?? "PASSIVE", OpenMpWaitPolicy.NativeValue());
            }
        }
    }
}
