using System.Diagnostics;
using System.Formats.Tar;
using System.Globalization;
using System.Text;
using CiCd.Errors;
using CiCd.Formats;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace CiCd.Image.Smoke;

/// <summary>
/// Runs the image as a client would meet it: a container with its port bound to 127.0.0.1 and the test split's drift
/// report in its drift-reports folder, a bounded wait for readiness, the test split posted and compared with in-process
/// predictions, the metrics page read, the dashboard's charts checked, and the container stopped and removed whatever
/// happened.
/// </summary>
public sealed class SmokeRunner(IDockerClient docker, HttpClient http, TextWriter log)
{
    /// <summary>The label every smoke container carries, so a crashed run's leftovers can be found.</summary>
    public const string ContainerLabel = "io.cicd.smoke";

    /// <summary>Where the image's service reads drift reports (the Dockerfile's <c>Serving__DriftReports</c>).</summary>
    public const string DriftReportsFolder = "/var/lib/mlops/drift";

    private const string PredictionCounter = "cicd_predictions_total";

    /// <summary>Runs the smoke test; a container that never becomes ready is exit code 1 after its logs are printed.</summary>
    public async Task<SmokeReport> RunAsync(SmokeOptions options, SmokeCase smokeCase, CancellationToken cancel)
    {
        var image = await InspectAsync(options.Image, cancel);
        var port = image.Config.ExposedPorts?.Keys.FirstOrDefault() ?? "8080/tcp";
        var container = await docker.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Image = image.ID,
            Labels = new Dictionary<string, string> { [ContainerLabel] = options.Image },
            ExposedPorts = new Dictionary<string, EmptyStruct> { [port] = default },
            // The run polls /health/ready itself; the image's HEALTHCHECK would only start a second .NET process in the
            // container every 10 s (a fifth of a CPU second each) whose verdict nothing here reads.
            Healthcheck = new HealthConfig { Test = ["NONE"] },
            HostConfig = new HostConfig
            {
                // An empty host port lets the engine pick a free one; binding to loopback keeps it off the network.
                PortBindings = new Dictionary<string, IList<PortBinding>> { [port] = [new PortBinding { HostIP = "127.0.0.1", HostPort = "" }] },
            },
        }, cancel);
        try
        {
            return await ExerciseAsync(options, smokeCase, image.ID, container.ID, port, cancel);
        }
        finally
        {
            await RemoveAsync(container.ID);
        }
    }

    private async Task<SmokeReport> ExerciseAsync(SmokeOptions options, SmokeCase smokeCase, string imageId, string containerId, string port,
        CancellationToken cancel)
    {
        var problems = new List<string>();
        var hasReport = await AddDriftReportAsync(containerId, smokeCase.DriftReport, problems, cancel);
        var clock = Stopwatch.StartNew();
        await docker.Containers.StartContainerAsync(containerId, new ContainerStartParameters(), cancel);
        var running = await docker.Containers.InspectContainerAsync(containerId, cancel);
        var hostPort = running.NetworkSettings.Ports.TryGetValue(port, out var bindings) && bindings?.FirstOrDefault() is { } binding
            ? binding.HostPort
            : throw new MlopsException($"the engine did not publish {port} of {options.Image}; is the container network usable?", ExitCodes.InputError);
        var address = new Uri($"http://127.0.0.1:{hostPort}");
        log.WriteLine($"started {containerId[..12]} from {options.Image}, {port} on {address}");
        var probe = new ServiceProbe(http, address);
        var ready = await probe.WaitReadyAsync(options.ReadyTimeout, async token => !(await docker.Containers.InspectContainerAsync(containerId, token)).State.Running, cancel);
        var startToReady = clock.Elapsed.TotalSeconds;
        if (!ready)
        {
            var state = (await docker.Containers.InspectContainerAsync(containerId, cancel)).State;
            await PrintLogsAsync(containerId, cancel);
            var why = state.Running ? $"still not ready after {options.ReadyTimeout.TotalSeconds:F0}s" : $"exited with code {state.ExitCode}";
            throw new MlopsException($"smoke test of {options.Image}: the container never became ready ({why}); its logs are above", ExitCodes.CheckFailed);
        }
        log.WriteLine($"ready in {startToReady:F2}s; posting {Counted.Of(smokeCase.Expected.Length, "test row")} to /v1/predict/batch");
        var served = await probe.PredictAsync(smokeCase.CsvBody, smokeCase.Classes, cancel);
        var (mismatches, maxDifference) = Compare(smokeCase, served, options.Tolerance, problems);
        var counted = await probe.CounterAsync(PredictionCounter, cancel);
        if (counted is null)
        {
            problems.Add($"/metrics has no {PredictionCounter}");
        }
        else if (counted < smokeCase.Expected.Length)
        {
            problems.Add($"/metrics counts {counted} {Counted.Noun((long)counted, "prediction")} after {smokeCase.Expected.Length} were made");
        }
        var charts = 0;
        if (hasReport)
        {
            var (status, html) = await probe.DashboardAsync(cancel);
            charts = DashboardCheck.Check(status, html, problems);
            log.WriteLine($"/dashboard answered {(int)status} with {charts} of {Counted.Of(DashboardCheck.Charts.Count, "chart")} drawn");
        }
        return new SmokeReport(options.Image, imageId, startToReady, smokeCase.Expected.Length, mismatches, maxDifference, options.Tolerance,
            counted ?? 0, charts, problems);
    }

    // Through the engine's archive API rather than a bind mount, so it works with a remote engine as well.
    private async Task<bool> AddDriftReportAsync(string containerId, string? report, List<string> problems, CancellationToken cancel)
    {
        if (report is null)
        {
            log.WriteLine("the training run has no reference profile: /dashboard's charts are not checked");
            return false;
        }
        using var archive = new MemoryStream();
        using (var tar = new TarWriter(archive, TarEntryFormat.Pax, leaveOpen: true))
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, "smoke/drift.json")
            {
                DataStream = new MemoryStream(Encoding.UTF8.GetBytes(report)),
                Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
            };
            tar.WriteEntry(entry);
        }
        archive.Position = 0;
        try
        {
            // The folder is looked up first: to an upload into a missing folder the engine answers 404 without reading
            // the body, and the client, still sending it, may see a broken pipe instead of the answer.
            await docker.Containers.GetArchiveFromContainerAsync(containerId, new GetArchiveFromContainerParameters { Path = DriftReportsFolder },
                statOnly: true, cancel);
            await docker.Containers.ExtractArchiveToContainerAsync(containerId, new ContainerPathStatParameters { Path = DriftReportsFolder }, archive, cancel);
            return true;
        }
        catch (DockerApiException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            problems.Add($"the image has no {DriftReportsFolder} for drift reports (see the Dockerfile): /dashboard's charts could not be checked");
            return false;
        }
    }

    private static (int Mismatches, double MaxDifference) Compare(SmokeCase smokeCase, double[][] served, double tolerance, List<string> problems)
    {
        if (served.Length != smokeCase.Expected.Length)
        {
            problems.Add($"the service answered {Counted.Of(served.Length, "row")} for {smokeCase.Expected.Length} posted");
            return (Math.Abs(served.Length - smokeCase.Expected.Length), double.PositiveInfinity);
        }
        var mismatches = 0;
        var max = 0.0;
        for (var row = 0; row < served.Length; row++)
        {
            // A regression answer that is not a finite number differs by infinity: NaN would compare as "within tolerance".
            var difference = served[row].Zip(smokeCase.Expected[row], (a, b) => double.IsFinite(a) ? Math.Abs(a - b) : double.PositiveInfinity).Max();
            max = Math.Max(max, difference);
            if (difference > tolerance && ++mismatches <= 5)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"line {smokeCase.Lines[row]}: served [{string.Join(", ", served[row].Select(p => p.ToString("G6", CultureInfo.InvariantCulture)))}], " +
                    $"in-process [{string.Join(", ", smokeCase.Expected[row].Select(p => p.ToString("G6", CultureInfo.InvariantCulture)))}]"));
            }
        }
        if (mismatches > 5)
        {
            problems.Add($"… and {Counted.Of(mismatches - 5, "more row")} differ by more than {tolerance}");
        }
        return (mismatches, max);
    }

    private async Task<ImageInspectResponse> InspectAsync(string image, CancellationToken cancel)
    {
        try
        {
            return await docker.Images.InspectImageAsync(image, cancel);
        }
        catch (DockerImageNotFoundException e)
        {
            throw new InputException($"image '{image}' is not in the engine; build it first (mlops image build)", e);
        }
    }

    private async Task PrintLogsAsync(string containerId, CancellationToken cancel)
    {
        using var stream = await docker.Containers.GetContainerLogsAsync(containerId, tty: false,
            new ContainerLogsParameters { ShowStdout = true, ShowStderr = true, Tail = "200" }, cancel);
        var (stdout, stderr) = await stream.ReadOutputToEndAsync(cancel);
        log.WriteLine($"---- logs of {containerId[..12]} (last 200 lines) ----");
        log.Write(stdout);
        log.Write(stderr);
        log.WriteLine("---- end of logs ----");
    }

    private async Task RemoveAsync(string containerId)
    {
        // Not cancellable: a smoke run interrupted halfway must still not leave its container behind.
        try
        {
            await docker.Containers.StopContainerAsync(containerId, new ContainerStopParameters { WaitBeforeKillSeconds = 5 }, CancellationToken.None);
        }
        catch (DockerContainerNotFoundException)
        {
            return;
        }
        await docker.Containers.RemoveContainerAsync(containerId, new ContainerRemoveParameters { Force = true }, CancellationToken.None);
        log.WriteLine($"stopped and removed {containerId[..12]}");
    }
}
