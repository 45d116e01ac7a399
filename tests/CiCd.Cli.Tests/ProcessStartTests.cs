using CiCd.Train.Trainers;

namespace CiCd.Cli.Tests;

public sealed class ProcessStartTests
{
    public sealed class ThePrepareMethod
    {
        [Fact]
        public void Should_Let_LightGbm_Threads_Sleep_Unless_The_User_Chose_A_Policy()
        {
            // Given: what the test host started with (a policy set outside is kept)
            var outside = Environment.GetEnvironmentVariable(OpenMpWaitPolicy.Variable);

            // When: the first thing Program does
            ProcessStart.Prepare();

            // Then: libgomp, reading the native environment when LightGBM loads, sees the policy
            Assert.Equal(OperatingSystem.IsLinux() ? outside ?? "PASSIVE" : outside, OpenMpWaitPolicy.NativeValue());
        }
    }
}
