using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CiCd.Data;
using CiCd.Image.Tests.Fixtures;
using CiCd.Testing;
using CiCd.Testing.Postgres;
using Docker.DotNet.Models;
using Npgsql;

namespace CiCd.Image.Tests.Replicas;

/// <summary>
/// Three containers of the serving image behind one PostgreSQL prediction log, as on Kubernetes: requests round-robin,
/// each container stopped with SIGTERM (docker stop), and exactly one row per request, each naming its replica and the
/// model version the image holds. The image is the shared one of the model (<see cref="ServingImages"/>): what is
/// checked here is the containers and the log, and `mlops image build` has its own tests (lifecycle, labels, tags).
/// </summary>
[Collection(SecondEngineTestGroup.Name)]
public sealed class ReplicaLogTests(ImageEnvironment environment) : EngineTest(environment)
{
    private const int Replicas = 3;
    private const int Requests = 60;

    [EngineFact]
    public async Task Should_Log_Every_Request_Of_Three_Containers_Once_In_One_PostgreSQL_Log()
    {
        // Given: the image, and one database every container logs to (host network: the test server listens on 127.0.0.1)
        using var server = PostgresInstance.Start();
        var database = new NpgsqlConnectionStringBuilder(server.CreateDatabase("replicas"));
        var uri = $"postgresql://{database.Username}@127.0.0.1:{server.Port}/{database.Database}";
        var image = await Environment.Images.Of(Environment.Model.Folder);
        var ports = Enumerable.Range(0, Replicas).Select(_ => FreePort.Next()).ToList();
        var containers = new List<string>();
        try
        {
            for (var i = 0; i < Replicas; i++)
            {
                containers.Add(await StartAsync(image, uri, $"replica-{i}", ports[i]));
            }
            ports.ForEach(WaitReady);

            // When: requests round-robin, then SIGTERM to each container (docker stop waits for the exit)
            var records = Records();
            for (var i = 0; i < Requests; i++)
            {
                using var answer = await Http.PostAsync($"http://127.0.0.1:{ports[i % Replicas]}/v1/predict",
                    new StringContent(records[i], Encoding.UTF8, "application/json"));
                Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            }
            var served = await Http.GetStringAsync($"http://127.0.0.1:{ports[0]}/v1/model");
            foreach (var container in containers)
            {
                await Docker.Containers.StopContainerAsync(container, new ContainerStopParameters { WaitBeforeKillSeconds = 30 });
            }

            // Then: every container exited cleanly (not killed), and the log holds each request once with replica and version
            foreach (var container in containers)
            {
                Assert.Equal(0, (await Docker.Containers.InspectContainerAsync(container)).State.ExitCode);
            }
            var rows = LoggedReplicaRows.Read(database.ConnectionString);
            Assert.Equal(Requests, rows.Count);
            Assert.Equal(Requests, rows.Select(r => r.RequestId).Distinct().Count());
            Assert.Equal(Enumerable.Range(0, Replicas).Select(i => $"replica-{i}"), rows.Select(r => r.Replica).Distinct().Order());
            Assert.All(rows.GroupBy(r => r.Replica), g => Assert.Equal(Requests / Replicas, g.Count()));
            var version = Assert.Single(rows.Select(r => r.Version).Distinct());
            Assert.False(string.IsNullOrEmpty(version));
            Assert.Contains($"\"{version}\"", served, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var container in containers)
            {
                await Docker.Containers.RemoveContainerAsync(container, new ContainerRemoveParameters { Force = true });
            }
        }
    }

    private async Task<string> StartAsync(string image, string uri, string replica, int port)
    {
        var container = await Docker.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Image = image,
            Env = [$"PredictionLog__Uri={uri}", $"PredictionLog__ReplicaId={replica}", $"ASPNETCORE_URLS=http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"],
            // Kubernetes probes the pods itself and ignores the image's HEALTHCHECK, which would start one more .NET
            // process in each container every 10 s for nothing this test reads.
            Healthcheck = new HealthConfig { Test = ["NONE"] },
            HostConfig = new HostConfig { NetworkMode = "host" },
        });
        await Docker.Containers.StartContainerAsync(container.ID, new ContainerStartParameters());
        return container.ID;
    }

    private static void WaitReady(int port) =>
        Deadline.WaitFor(() => Ready(port), TimeSpan.FromSeconds(90), () => $"the container on port {port} was not ready in 90 s");

    private static bool Ready(int port)
    {
        try
        {
            using var ready = Http.GetAsync($"http://127.0.0.1:{port}/health/ready").GetAwaiter().GetResult();
            return ready.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    // Single records of the shipped data, without the target.
    private static List<string> Records()
    {
        var data = CsvReader.Read(RepositoryRoot.PathOf("data/raw/german_credit.csv"));
        return [.. data.Rows.Take(Requests).Select(row =>
        {
            var record = new JsonObject();
            for (var c = 0; c < data.Header.Count; c++)
            {
                if (data.Header[c] != "class")
                {
                    record[data.Header[c]] = double.TryParse(row.Values[c], NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                        ? JsonValue.Create(number) : JsonValue.Create(row.Values[c]);
                }
            }
            return record.ToJsonString();
        })];
    }
}
