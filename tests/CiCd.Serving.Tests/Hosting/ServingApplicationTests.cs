using CiCd.Serving.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CiCd.Serving.Tests.Hosting;

public sealed class ServingApplicationTests
{
    public sealed class TheBuildMethod
    {
        [Fact]
        public async Task Should_Keep_A_Key_Given_Elsewhere_When_The_Extra_Setting_Is_Unset()
        {
            // Given: the key arrives through an earlier source (as Serving__ApiKey would), and `mlops serve` had no --api-key
            var settings = new Dictionary<string, string?> { ["Serving:Model"] = "model", ["Serving:ApiKey"] = null, ["Serving:AdminKey"] = null };

            // When
            await using var app = ServingApplication.Build(["--Serving:ApiKey=from-environment", "--Serving:AdminKey=admin"], settings);
            var options = app.Services.GetRequiredService<IOptions<ServingOptions>>().Value;

            // Then
            Assert.Equal(("from-environment", "admin"), (options.ApiKey, options.AdminKey));
        }

        [Fact]
        public async Task Should_Let_An_Extra_Setting_With_A_Value_Win()
        {
            // Given
            var settings = new Dictionary<string, string?> { ["Serving:Model"] = "model", ["Serving:ApiKey"] = "from-option" };

            // When
            await using var app = ServingApplication.Build(["--Serving:ApiKey=from-environment"], settings);
            var options = app.Services.GetRequiredService<IOptions<ServingOptions>>().Value;

            // Then
            Assert.Equal("from-option", options.ApiKey);
        }
    }
}
