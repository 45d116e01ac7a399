using CiCd.Configuration;
using CiCd.Train.Trainers;
using Microsoft.ML;

namespace CiCd.Core.Tests.Train.Trainers;

public sealed class OpenMpWaitPolicyTests
{
    public sealed class TheEnsurePassiveMethod
    {
        [Fact]
        public void Should_Let_LightGbm_Threads_Sleep_Unless_The_User_Chose_A_Policy()
        {
            // Given: what the test host started with (a policy set outside is kept)
            var outside = Environment.GetEnvironmentVariable(OpenMpWaitPolicy.Variable);

            // When: a LightGBM trainer is created, before its native library loads
            _ = new LightGbm(TaskKind.Binary).Create(new MLContext(seed: 1), new Dictionary<string, double>());

            // Then: libgomp, reading the native environment when LightGBM loads, sees the policy
            Assert.Equal(OperatingSystem.IsLinux() ? outside ?? "PASSIVE" : outside, OpenMpWaitPolicy.NativeValue());
        }
    }
}
