using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CiCd.Cli.Tests.Fixtures;
using CiCd.Errors;
using CiCd.Testing;

namespace CiCd.Cli.Tests.Commands;

public sealed partial class ServeCommandTests
{
    public sealed class TheServeAction(RegisteredByCliFixture registered) : IClassFixture<RegisteredByCliFixture>
    {
        private MlopsRun Serve(params string[] args) => Mlops.Run(["serve", "--config", registered.Trained.ConfigPath, .. args]);

        [Fact]
        public void Should_Exit_2_Without_A_Model()
        {
            // When
            var run = Mlops.Run("serve");

            // Then
            Assert.True(run.ExitCode == ExitCodes.InputError, run.ToString());
            Assert.Contains("serve needs --model", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_Naming_A_Model_Path_That_Does_Not_Exist()
        {
            // Given
            var path = registered.Trained.Folder.PathOf("nowhere/model.zip");

            // When
            var run = Serve("--model", path);

            // Then
            Assert.True(run.ExitCode == ExitCodes.InputError, run.ToString());
            Assert.Contains($"{path}: model folder or file not found", run.Error, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("tiny@staging", "unknown alias 'staging'")]
        [InlineData("certification", "alias 'certification' is not set")]
        [InlineData("tiny@9", "has no version 9")]
        [InlineData("nobody@production", "no model 'nobody' in the registry")]
        public void Should_Exit_2_On_An_Alias_Or_Model_The_Registry_Does_Not_Hold(string model, string message)
        {
            // When
            var run = Serve("--model", model);

            // Then
            Assert.True(run.ExitCode == ExitCodes.InputError, run.ToString());
            Assert.Contains(message, run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_On_An_Alias_Whose_Config_Is_Missing()
        {
            // Given
            var config = registered.Trained.Folder.PathOf("absent.yaml");

            // When
            var run = Mlops.Run("serve", "--model", "production", "--config", config);

            // Then
            Assert.True(run.ExitCode == ExitCodes.InputError, run.ToString());
            Assert.Contains(config, run.Error, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("--registry-poll", "0", "--registry-poll: expected seconds")]
        [InlineData("--log-sampling", "2", "SamplingRate")]
        [InlineData("--known-proxies", "10.0.0.1,proxy.local", "KnownProxies: 'proxy.local' is neither an IP address nor a CIDR range")]
        public void Should_Exit_2_On_A_Setting_Out_Of_Range(string option, string value, string message)
        {
            // When
            var run = Serve("--model", registered.Trained.Folder.PathOf("out"), option, value, "--urls", $"http://127.0.0.1:{FreePort.Next()}");

            // Then
            Assert.True(run.ExitCode == ExitCodes.InputError, run.ToString());
            Assert.Contains(message, run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_Naming_The_Address_When_The_Port_Is_Taken()
        {
            // Given
            using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            taken.Start();
            var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";

            // When
            var run = Serve("--model", registered.Trained.Folder.PathOf("out"), "--urls", url);

            // Then
            Assert.True(run.ExitCode == ExitCodes.InputError, run.ToString());
            Assert.Contains($"--urls: cannot listen on {url}", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_Print_No_Stack_Trace_When_The_Port_Is_Taken()
        {
            // Given: a process of its own, as the host's console logger writes to the process's console
            using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            taken.Start();
            var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";

            // When
            var run = await MlopsProcess.RunAsync(registered.Trained.Folder.Root, "serve", "--model", registered.Trained.Folder.PathOf("out"), "--urls", url);

            // Then: one line (before, Kestrel's "Hosting failed to start" record came first, with 30 lines of stack trace)
            Assert.True(run.ExitCode == ExitCodes.InputError, run.ToString());
            Assert.Contains($"--urls: cannot listen on {url}", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_2_On_An_Address_That_Is_Not_A_Url()
        {
            // When
            var run = Serve("--model", registered.Trained.Folder.PathOf("out"), "--urls", "not a url");

            // Then
            Assert.True(run.ExitCode == ExitCodes.InputError, run.ToString());
            Assert.Contains("--urls: cannot listen on not a url", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_Serve_The_Alias_Until_Cancelled()
        {
            // Given
            await using var service = await RunningService.StartAsync("--model", "production", "--config", registered.Trained.ConfigPath);

            // When
            var predicted = await service.Client.PostAsync("/v1/predict",
                new StringContent("{\"x\": 72.5, \"colour\": \"red\"}", Encoding.UTF8, "application/json"));
            var model = await service.Client.GetFromJsonAsync<JsonObject>("/v1/model");
            var exitCode = await service.StopAsync();

            // Then
            Assert.Equal(HttpStatusCode.OK, predicted.StatusCode);
            var answer = (await predicted.Content.ReadFromJsonAsync<JsonObject>())!;
            Assert.Equal("1", (string)answer["model"]!["version"]!);
            Assert.Contains((string)answer["label"]!, new[] { "good", "bad" });
            Assert.Equal(RegisteredByCliFixture.Model, (string)model!["registry"]!["model"]!);
            Assert.Equal("production", (string)model["registry"]!["alias"]!);
            Assert.Equal(ExitCodes.Ok, exitCode);
        }

        [Fact]
        public async Task Should_Serve_A_Pinned_Version_From_A_Named_Registry()
        {
            // Given
            await using var service = await RunningService.StartAsync("--model", "tiny@1", "--registry", registered.RegistryRoot);

            // When
            var model = await service.Client.GetFromJsonAsync<JsonObject>("/v1/model");

            // Then
            Assert.Equal("1", (string)model!["model"]!["version"]!);
            Assert.Null(model["registry"]!["alias"]);
        }
    }

    public sealed class TheHealthcheckOption(RegisteredByCliFixture registered) : IClassFixture<RegisteredByCliFixture>
    {
        [Theory]
        [InlineData("/health/ready", 0, ": 200")]
        [InlineData("/no-such-route", 1, ": 404")]
        public async Task Should_Exit_0_Only_When_The_Service_Answers_2xx(string path, int exitCode, string printed)
        {
            // Given
            await using var service = await RunningService.StartAsync("--model", registered.Trained.Folder.PathOf("out"));

            // When
            var run = Mlops.Run("serve", "--healthcheck", service.Url + path);

            // Then
            Assert.True(run.ExitCode == exitCode, run.ToString());
            Assert.Contains(printed, run.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Exit_1_When_Nothing_Answers()
        {
            // Given
            var url = $"http://127.0.0.1:{FreePort.Next()}/health/ready";

            // When
            var run = Mlops.Run("serve", "--healthcheck", url);

            // Then
            Assert.True(run.ExitCode == ExitCodes.CheckFailed, run.ToString());
            Assert.Contains("unreachable", run.Output, StringComparison.Ordinal);
        }
    }
}
