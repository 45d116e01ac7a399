using System.Net;
using System.Text;
using CiCd.Cli.Tests.Fixtures;
using CiCd.Errors;
using CiCd.Testing;

namespace CiCd.Cli.Tests.Commands;

public sealed partial class ServeCommandTests
{
    // The tiny model never saw this colour: whether it is refused shows which unseen-category policy won.
    private const string UnseenColour = "{\"x\": 72.5, \"colour\": \"ultraviolet\"}";

    [Collection(ProcessEnvironment.Name)]
    public sealed class TheSettingPrecedence(TrainedByCliFixture trained) : IClassFixture<TrainedByCliFixture>
    {
        [Fact]
        public async Task Should_Take_The_Environment_When_The_Option_Is_Not_Given()
        {
            // Given
            using var policy = ProcessEnvironment.Set("Serving__UnseenCategories", "Accept");
            await using var service = await RunningService.StartAsync("--model", trained.Folder.PathOf("out"));

            // When
            var response = await PredictAsync(service, UnseenColour);

            // Then
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        [Fact]
        public async Task Should_Prefer_The_Option_To_The_Environment_When_Both_Are_Given()
        {
            // Given
            using var policy = ProcessEnvironment.Set("Serving__UnseenCategories", "Accept");
            await using var service = await RunningService.StartAsync("--model", trained.Folder.PathOf("out"), "--unseen-categories", "reject");

            // When
            var response = await PredictAsync(service, UnseenColour);

            // Then
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        [Fact]
        public async Task Should_Use_The_Default_When_Neither_Is_Given()
        {
            // Given
            using var policy = ProcessEnvironment.Set("Serving__UnseenCategories", null);
            await using var service = await RunningService.StartAsync("--model", trained.Folder.PathOf("out"));

            // When
            var response = await PredictAsync(service, UnseenColour);

            // Then: ServingOptions' default policy, reject
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        [Fact]
        public async Task Should_Listen_Where_ASPNETCORE_URLS_Says_When_Urls_Is_Not_Given()
        {
            // Given
            var url = $"http://127.0.0.1:{FreePort.Next()}";
            using var urls = ProcessEnvironment.Set("ASPNETCORE_URLS", url);

            // When
            await using var service = await RunningService.StartListeningOnAsync(url, "--model", trained.Folder.PathOf("out"));

            // Then: StartListeningOnAsync waited for /health/ready on that address
            Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync("/health/ready")).StatusCode);
        }
    }

    public sealed class TheKeyFileOptions(TrainedByCliFixture trained) : IClassFixture<TrainedByCliFixture>
    {
        [Theory]
        [InlineData("--api-key-file")]
        [InlineData("--admin-key-file")]
        public void Should_Exit_2_Naming_A_Key_File_That_Does_Not_Exist(string option)
        {
            // Given
            var path = trained.Folder.PathOf("secrets/absent");

            // When
            var run = Mlops.Run("serve", "--model", trained.Folder.PathOf("out"), option, path);

            // Then
            Assert.True(run.ExitCode == ExitCodes.InputError, run.ToString());
            Assert.Contains($"{option}: cannot read the key from {path}", run.Error, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("")]
        [InlineData(" \n")]
        public void Should_Exit_2_Naming_An_Empty_Key_File(string content)
        {
            // Given
            var path = trained.Folder.PathOf("empty-key");
            File.WriteAllText(path, content);

            // When
            var run = Mlops.Run("serve", "--model", trained.Folder.PathOf("out"), "--api-key-file", path);

            // Then
            Assert.True(run.ExitCode == ExitCodes.InputError, run.ToString());
            Assert.Contains($"--api-key-file: {path} is empty", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_When_A_Key_Is_Given_Both_Ways()
        {
            // Given
            var path = trained.Folder.PathOf("both-key");
            File.WriteAllText(path, "s3cret");

            // When
            var run = Mlops.Run("serve", "--model", trained.Folder.PathOf("out"), "--api-key", "other", "--api-key-file", path);

            // Then
            Assert.True(run.ExitCode == ExitCodes.InputError, run.ToString());
            Assert.Contains("--api-key and --api-key-file", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_Require_The_Key_Read_From_The_File_Without_Its_Newline()
        {
            // Given: a mounted secret, ending with a newline as most do
            var path = trained.Folder.PathOf("api-key");
            File.WriteAllText(path, "s3cret\n");
            await using var service = await RunningService.StartAsync("--model", trained.Folder.PathOf("out"), "--api-key-file", path);

            // When
            var without = await PredictAsync(service, Valid);
            var with = await PredictAsync(service, Valid, "s3cret");

            // Then
            Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
            Assert.Equal(HttpStatusCode.OK, with.StatusCode);
        }
    }

    private const string Valid = "{\"x\": 72.5, \"colour\": \"red\"}";

    private static Task<HttpResponseMessage> PredictAsync(RunningService service, string body, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/predict") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }
        return service.Client.SendAsync(request);
    }
}
