using CiCd.Serving.Input;
using CiCd.Serving.Telemetry;
using Microsoft.AspNetCore.Http;

namespace CiCd.Serving.Tests.Telemetry;

public sealed class RequestStatsMiddlewareTests
{
    public sealed class TheInvokeAsyncMethod
    {
        public static TheoryData<string> HangUps => ["cancelled", "connection reset"];

        [Theory]
        [MemberData(nameof(HangUps))]
        public async Task Should_Record_499_And_Set_It_For_Prometheus_When_The_Client_Hangs_Up(string failure)
        {
            // Given: a handler reading a body the client stops sending
            var stats = new RequestStats();
            using var connection = new CancellationTokenSource();
            var context = new DefaultHttpContext { RequestAborted = connection.Token };
            var middleware = new RequestStatsMiddleware(_ =>
            {
                connection.Cancel();
                throw failure == "cancelled" ? new OperationCanceledException(connection.Token) : new IOException("The client reset the request stream.");
            }, stats);

            // When
            await Assert.ThrowsAnyAsync<Exception>(() => middleware.InvokeAsync(context));

            // Then: the host still sees the failure, but nobody's error is counted
            var count = Assert.Single(stats.Counts());
            Assert.Equal(RequestStatsMiddleware.ClientClosedRequest, count.Status);
            Assert.Equal(RequestStatsMiddleware.ClientClosedRequest, context.Response.StatusCode);
        }

        [Fact]
        public async Task Should_Record_The_Problem_Status_When_A_Client_Mistake_Is_Thrown()
        {
            // Given
            var stats = new RequestStats();
            var middleware = new RequestStatsMiddleware(_ => throw new InputProblemException(StatusCodes.Status415UnsupportedMediaType, "Unsupported", "text/xml"), stats);

            // When
            await Assert.ThrowsAsync<InputProblemException>(() => middleware.InvokeAsync(new DefaultHttpContext()));

            // Then
            Assert.Equal(StatusCodes.Status415UnsupportedMediaType, Assert.Single(stats.Counts()).Status);
        }

        [Fact]
        public async Task Should_Record_500_When_The_Service_Fails_And_The_Client_Is_Still_There()
        {
            // Given
            var stats = new RequestStats();
            var middleware = new RequestStatsMiddleware(_ => throw new InvalidOperationException("a bug"), stats);

            // When
            await Assert.ThrowsAsync<InvalidOperationException>(() => middleware.InvokeAsync(new DefaultHttpContext()));

            // Then
            Assert.Equal(StatusCodes.Status500InternalServerError, Assert.Single(stats.Counts()).Status);
        }
    }
}
