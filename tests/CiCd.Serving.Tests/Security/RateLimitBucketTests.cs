using System.Net;
using System.Text;
using CiCd.Serving.Hosting;
using CiCd.Serving.Security;
using CiCd.Serving.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CiCd.Serving.Tests.Security;

public sealed class RateLimitBucketTests
{
    private const string Key = "s3cret-key";

    public sealed class TheOfMethod
    {
        [Fact]
        public void Should_Ignore_X_Forwarded_For_When_No_Proxy_Is_Known()
        {
            // Given
            var bucket = Bucket(proxies: null);

            // When
            var name = bucket.Of(Request("10.0.0.1", forwardedFor: "203.0.113.7"));

            // Then
            Assert.Equal("address:10.0.0.1", name);
        }

        [Fact]
        public void Should_Ignore_X_Forwarded_For_From_A_Peer_That_Is_Not_A_Known_Proxy()
        {
            // Given
            var bucket = Bucket(proxies: "10.0.0.1");

            // When
            var name = bucket.Of(Request("198.51.100.9", forwardedFor: "203.0.113.7"));

            // Then
            Assert.Equal("address:198.51.100.9", name);
        }

        [Fact]
        public void Should_Take_The_Rightmost_Address_That_Is_Not_A_Known_Proxy()
        {
            // Given: the client forged the leftmost entry; two known proxies forwarded the rest
            var bucket = Bucket(proxies: "10.0.0.1, 10.1.0.0/16");

            // When
            var name = bucket.Of(Request("10.0.0.1", forwardedFor: "192.0.2.66, 203.0.113.7, 10.1.2.3"));

            // Then
            Assert.Equal("address:203.0.113.7", name);
        }

        [Fact]
        public void Should_Stop_At_The_Last_Known_Proxy_When_A_Hop_Is_No_Address()
        {
            // Given
            var bucket = Bucket(proxies: "10.0.0.1");

            // When
            var name = bucket.Of(Request("10.0.0.1", forwardedFor: "unknown"));

            // Then
            Assert.Equal("address:10.0.0.1", name);
        }

        [Fact]
        public void Should_Give_A_Request_With_The_Key_The_Keys_Bucket_Named_Without_The_Key()
        {
            // Given
            var bucket = Bucket(proxies: null);

            // When
            var first = bucket.Of(Request("10.0.0.1", key: Key));
            var second = bucket.Of(Request("10.0.0.2", key: Key));

            // Then
            Assert.Equal(first, second);
            Assert.StartsWith("key:", first, StringComparison.Ordinal);
            Assert.DoesNotContain(Key, first, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Give_A_Request_With_A_Wrong_Key_The_Bucket_Of_Its_Address()
        {
            // Given
            var bucket = Bucket(proxies: null);

            // When
            var name = bucket.Of(Request("10.0.0.1", key: "guess"));

            // Then
            Assert.Equal("address:10.0.0.1", name);
        }

        private static RateLimitBucket Bucket(string? proxies) =>
            new(Options.Create(new ServingOptions { Model = "m", ApiKey = Key, KnownProxies = proxies }));

        private static DefaultHttpContext Request(string peer, string? forwardedFor = null, string? key = null)
        {
            var context = new DefaultHttpContext();
            context.Connection.RemoteIpAddress = IPAddress.Parse(peer);
            if (forwardedFor is not null)
            {
                context.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }
            if (key is not null)
            {
                context.Request.Headers["X-Api-Key"] = key;
            }
            return context;
        }
    }

    public sealed class TheRateLimit
    {
        // A bucket this small is spent long before it refills, so "until refused" ends in a few requests.
        private const string PerSecond = "2";

        [Fact]
        public async Task Should_Not_Let_Requests_Without_The_Key_Spend_The_Bucket_Of_A_Client_With_It_On_The_Same_Address()
        {
            // Given
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, new Dictionary<string, string?>
            {
                ["Serving:ApiKey"] = Key,
                ["Serving:RequestsPerSecond"] = PerSecond,
            });
            var body = new Records(TrainedModel.Credit).Record(0).ToJsonString();
            await UntilRefusedAsync(() => host.Client.PostAsync("/v1/predict", Records.Body(body, "application/json")));

            // When
            using var keyed = new HttpRequestMessage(HttpMethod.Post, "/v1/predict") { Content = Records.Body(body, "application/json") };
            keyed.Headers.Add("X-Api-Key", Key);
            var response = await host.Client.SendAsync(keyed);

            // Then
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        [Fact]
        public async Task Should_Give_Each_Client_Behind_A_Known_Proxy_Its_Own_Bucket()
        {
            // Given: one client behind the proxy has spent its bucket
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, new Dictionary<string, string?>
            {
                ["Serving:KnownProxies"] = "10.0.0.1",
                ["Serving:RequestsPerSecond"] = PerSecond,
            });
            var body = Encoding.UTF8.GetBytes(new Records(TrainedModel.Credit).Record(0).ToJsonString());
            var server = (TestServer)host.Services.GetRequiredService<IServer>();
            await UntilRefusedAsync(() => ThroughProxyAsync(server, body, "203.0.113.7"));

            // When
            var other = await ThroughProxyAsync(server, body, "203.0.113.8");

            // Then
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        }

        private static async Task UntilRefusedAsync(Func<Task<HttpResponseMessage>> send)
        {
            for (var i = 0; i < 1000; i++)
            {
                if ((await send()).StatusCode == HttpStatusCode.TooManyRequests)
                {
                    return;
                }
            }
            Assert.Fail("never refused with 429");
        }

        // A request arriving from the proxy at 10.0.0.1 on behalf of `client`.
        private static async Task<HttpResponseMessage> ThroughProxyAsync(TestServer server, byte[] body, string client)
        {
            var context = await server.SendAsync(http =>
            {
                http.Connection.RemoteIpAddress = IPAddress.Parse("10.0.0.1");
                http.Request.Method = HttpMethods.Post;
                http.Request.Path = "/v1/predict";
                http.Request.ContentType = "application/json";
                http.Request.Headers["X-Forwarded-For"] = client;
                http.Request.Body = new MemoryStream(body);
            });
            return new HttpResponseMessage((HttpStatusCode)context.Response.StatusCode);
        }
    }
}
