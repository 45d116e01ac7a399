using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CiCd.Serving.Tests.Fixtures;

namespace CiCd.Serving.Tests.Dashboard;

public sealed class DashboardKeyFilterTests
{
    private const string Key = "dashboard-key";

    public sealed class TheInvokeAsyncMethod : IAsyncLifetime
    {
        private ServiceHost _host = null!;

        public async Task InitializeAsync() =>
            _host = await ServiceHost.StartAsync(TrainedModel.Credit, new Dictionary<string, string?> { ["Serving:ApiKey"] = Key });

        public async Task DisposeAsync() => await _host.DisposeAsync();

        private async Task<HttpResponseMessage> GetAsync(string path, AuthenticationHeaderValue? authorization = null, string? apiKey = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Authorization = authorization;
            if (apiKey is not null)
            {
                request.Headers.Add("X-Api-Key", apiKey);
            }
            return await _host.Client.SendAsync(request);
        }

        private static AuthenticationHeaderValue Basic(string userAndPassword) =>
            new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(userAndPassword)));

        [Fact]
        public async Task Should_Ask_The_Browser_For_Basic_Credentials_When_An_Api_Key_Is_Set()
        {
            // When
            using var response = await GetAsync("/dashboard");

            // Then
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Basic", response.Headers.WwwAuthenticate.Single().Scheme);
        }

        [Fact]
        public async Task Should_Serve_The_Page_When_The_Key_Is_The_Basic_Password()
        {
            // When
            using var response = await GetAsync("/dashboard", Basic("anyone:" + Key));

            // Then
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        [Fact]
        public async Task Should_Serve_The_Data_When_The_Key_Is_In_The_Api_Key_Header()
        {
            // When
            using var response = await GetAsync("/dashboard/data.json", apiKey: Key);

            // Then
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        [Theory]
        [InlineData("anyone:wrong")]
        [InlineData(Key)]
        [InlineData("")]
        public async Task Should_Refuse_When_The_Basic_Credentials_Are_Wrong(string userAndPassword)
        {
            // When
            using var response = await GetAsync("/dashboard", Basic(userAndPassword));

            // Then
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        [Theory]
        [InlineData("Basic !!!not-base64")]
        [InlineData("Basic")]
        [InlineData("Bearer " + Key)]
        public async Task Should_Refuse_Not_Fail_When_The_Authorization_Header_Is_Malformed(string header)
        {
            // Given
            using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard");
            request.Headers.TryAddWithoutValidation("Authorization", header);

            // When
            using var response = await _host.Client.SendAsync(request);

            // Then
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }
}
