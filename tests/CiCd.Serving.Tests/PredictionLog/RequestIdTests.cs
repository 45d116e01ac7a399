using System.Net;
using CiCd.Serving.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace CiCd.Serving.Tests.PredictionLog;

public sealed class RequestIdTests
{
    public sealed class TheResponseHeader
    {
        private static async Task<(HttpResponseMessage Response, ServiceHost Host)> PredictAsync(string? requestId, string? body = null)
        {
            var host = await ServiceHost.StartAsync(TrainedModel.Credit);
            var content = body is null ? Records.Json(new Records(TrainedModel.Credit).Record(0)) : Records.Body(body, "application/json");
            var request = new HttpRequestMessage(HttpMethod.Post, "/v1/predict") { Content = content };
            if (requestId is not null)
            {
                request.Headers.TryAddWithoutValidation("X-Request-Id", requestId);
            }
            return (await host.Client.SendAsync(request), host);
        }

        [Fact]
        public async Task Should_Give_A_Caller_Without_An_Id_The_One_The_Log_Keys_Its_Prediction_By()
        {
            // Given / When
            var (response, host) = await PredictAsync(null);
            await using var _ = host;

            // Then: the answer says which id to label the outcome with, and the log has that id
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var id = Assert.Single(response.Headers.GetValues("X-Request-Id"));
            Assert.False(string.IsNullOrWhiteSpace(id));
            await Eventually.TrueAsync(() => LoggedIds(host.LogPath).Count == 1, "one logged prediction");
            Assert.Equal([id], LoggedIds(host.LogPath));
        }

        [Fact]
        public async Task Should_Echo_The_Callers_Own_Id()
        {
            // Given / When
            var (response, host) = await PredictAsync("order-7731:a");
            await using var _ = host;

            // Then
            Assert.Equal("order-7731:a", Assert.Single(response.Headers.GetValues("X-Request-Id")));
            await Eventually.TrueAsync(() => LoggedIds(host.LogPath).Count == 1, "one logged prediction");
            Assert.Equal(["order-7731:a"], LoggedIds(host.LogPath));
        }

        [Theory]
        [InlineData("has space")]
        [InlineData("a\tb")]
        [InlineData("too-long-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-x")]
        public async Task Should_Replace_An_Id_That_Is_Not_A_Printable_Token_With_Its_Own(string callers)
        {
            // Given / When
            var (response, host) = await PredictAsync(callers);
            await using var _ = host;

            // Then
            var id = Assert.Single(response.Headers.GetValues("X-Request-Id"));
            Assert.NotEqual(callers, id);
            await Eventually.TrueAsync(() => LoggedIds(host.LogPath).Count == 1, "one logged prediction");
            Assert.Equal([id], LoggedIds(host.LogPath));
        }

        [Fact]
        public async Task Should_Carry_The_Id_On_A_Refusal_Too()
        {
            // Given / When: a body that is not a record
            var (response, host) = await PredictAsync("bad-1", "[1, 2]");
            await using var _ = host;

            // Then
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("bad-1", Assert.Single(response.Headers.GetValues("X-Request-Id")));
        }
    }

    private static List<string> LoggedIds(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT request_id FROM predictions";
        try
        {
            using var reader = query.ExecuteReader();
            var ids = new List<string>();
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
            return ids;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1)
        {
            // The writer has opened the file but not created the table yet.
            return [];
        }
    }
}
