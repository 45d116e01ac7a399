using CiCd.Serving.Hosting;
using CiCd.Serving.Telemetry;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace CiCd.Serving.Tests.Telemetry;

public sealed class StatusBeforeMetricsMiddlewareTests
{
    public sealed class TheInvokeAsyncMethod
    {
        [Fact]
        public async Task Should_Mark_A_Server_Error_As_500_And_Let_The_Exception_Travel_On()
        {
            // Given
            var context = new DefaultHttpContext();
            var middleware = new StatusBeforeMetricsMiddleware(_ => throw new InvalidOperationException("bug"),
                new InputProblemHandler(NullLogger<InputProblemHandler>.Instance));

            // When
            var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => middleware.InvokeAsync(context));

            // Then
            Assert.Equal("bug", thrown.Message);
            Assert.Equal(StatusCodes.Status500InternalServerError, context.Response.StatusCode);
        }

        [Fact]
        public async Task Should_Mark_A_Body_Over_The_Limit_With_Its_413_Not_500()
        {
            // Given
            var context = new DefaultHttpContext();
            var middleware = new StatusBeforeMetricsMiddleware(
                _ => throw new BadHttpRequestException("too large", StatusCodes.Status413PayloadTooLarge),
                new InputProblemHandler(NullLogger<InputProblemHandler>.Instance));

            // When
            await Assert.ThrowsAsync<BadHttpRequestException>(() => middleware.InvokeAsync(context));

            // Then
            Assert.Equal(StatusCodes.Status413PayloadTooLarge, context.Response.StatusCode);
        }

        [Fact]
        public async Task Should_Leave_The_Status_Alone_When_The_Client_Hung_Up()
        {
            // Given
            using var aborted = new CancellationTokenSource();
            await aborted.CancelAsync();
            var context = new DefaultHttpContext { RequestAborted = aborted.Token };
            var middleware = new StatusBeforeMetricsMiddleware(_ => throw new OperationCanceledException(),
                new InputProblemHandler(NullLogger<InputProblemHandler>.Instance));

            // When
            await Assert.ThrowsAsync<OperationCanceledException>(() => middleware.InvokeAsync(context));

            // Then
            Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        }
    }
}
