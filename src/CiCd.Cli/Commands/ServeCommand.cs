using System.CommandLine;
using System.Globalization;
using System.Net.Sockets;
using CiCd.Errors;
using CiCd.Monitoring.Log;
using CiCd.Serving.Hosting;
using CiCd.Serving.Model;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>
/// `mlops serve`: hosts the prediction service for a model folder, model.zip or registry alias; `--healthcheck URL` instead probes a
/// running service and exits 0 (ready) or 1, so a container health check needs no shell tools.
/// </summary>
internal static class ServeCommand
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    public static Command Create(IAnsiConsole console)
    {
        var model = new Option<string?>("--model", "-m")
        {
            Description = "What to serve: a model folder (model.zip + model-card.json) or model.zip; or a registry alias or version of the " +
                "config's model (production, 3); or <name>@<alias or version>. An alias is followed as it is promoted or rolled back.",
        };
        var config = CommonOptions.Config();
        var registry = new Option<string?>("--registry") { Description = "Registry folder for an alias (default: registry.root in the config, else models/)." };
        // No defaults here: an option left out sets nothing, so Serving__* and ASPNETCORE_URLS (how the image is configured)
        // apply, and ServingOptions' own defaults after them.
        var poll = new Option<double?>("--registry-poll") { Description = "Seconds between reads of a served alias, besides the file watcher (default 2; or Serving__RegistryPollMilliseconds)." };
        var urls = new Option<string?>("--urls") { Description = $"Addresses to listen on (default {ServingOptions.DefaultUrls}; or ASPNETCORE_URLS)." };
        var management = new Option<string?>("--management-urls")
        {
            Description = "Serve /metrics, /health/live and /health/ready on these addresses only (e.g. http://0.0.0.0:9090; or Serving__ManagementUrls), not on --urls.",
        };
        var apiKey = new Option<string?>("--api-key") { Description = "Require this key (X-Api-Key header) on prediction and model routes. A command line is visible to every local user (ps): prefer --api-key-file or Serving__ApiKey." };
        var apiKeyFile = new Option<string?>("--api-key-file") { Description = "Read the API key from this file (a mounted secret); surrounding white space is dropped." };
        var adminKey = new Option<string?>("--admin-key") { Description = "Enable POST /admin/reload for callers presenting this key (prefer --admin-key-file or Serving__AdminKey, which ps does not show)." };
        var adminKeyFile = new Option<string?>("--admin-key-file") { Description = "Read the admin key from this file (a mounted secret)." };
        var log = new Option<string?>("--prediction-log")
        {
            Description = "The prediction log: a SQLite file, or a postgresql://user@host:port/db URI that every replica writes to (password from " +
                "PGPASSWORD or a password file, never here; or the whole URI in PredictionLog__Uri). Every answered prediction (or the " +
                "--log-sampling share) is written within 1 s. Nothing is logged without it.",
        };
        var replica = new Option<string?>("--replica-id") { Description = "The replica written on every logged row (default: $HOSTNAME, else the machine name; or PredictionLog__ReplicaId)." };
        var sampling = new Option<double?>("--log-sampling") { Description = "Share of predictions logged, 0 to 1 (default 1; or PredictionLog__SamplingRate)." };
        var rate = new Option<int?>("--rate-limit") { Description = "Requests per second per API key, or per client address for requests without the key; 0 is unlimited (default 0; or Serving__RequestsPerSecond)." };
        var proxies = new Option<string?>("--known-proxies")
        {
            Description = "Proxies whose X-Forwarded-For names the client for the rate limit: addresses or CIDR ranges, comma-separated " +
                "(e.g. 10.0.0.0/8,::1). Without it the header is ignored, since any client can send it (or Serving__KnownProxies).",
        };
        var unseen = new Option<UnseenCategoryPolicy?>("--unseen-categories") { Description = "Reject or accept categories the model never saw (default reject; or Serving__UnseenCategories)." };
        var driftReports = new Option<string?>("--drift-reports") { Description = "Folder of drift reports (mlops drift --out DIR/<date>) shown on /dashboard (or Serving__DriftReports)." };
        var healthcheck = new Option<string?>("--healthcheck") { Description = "Probe this URL (e.g. http://127.0.0.1:8080/health/ready) and exit 0 when it answers 2xx, else 1." };
        var command = new Command("serve", "Serve a model over HTTP: /v1/predict, /v1/predict/batch, /invocations, /v1/model, health probes, /metrics.")
        {
            model, config, registry, poll, urls, management, apiKey, apiKeyFile, adminKey, adminKeyFile, log, replica, sampling, rate, proxies, unseen, driftReports, healthcheck,
        };
        command.SetAction(async (parse, cancel) =>
        {
            if (parse.GetValue(healthcheck) is { } probe)
            {
                return Probe(console, probe);
            }
            var target = parse.GetValue(model) ?? throw new MlopsException("serve needs --model (a model folder, model.zip or registry alias), or --healthcheck URL");
            var (served, root) = ServeTarget.Resolve(target, parse.GetValue(registry), parse.GetRequiredValue(config));
            var pollSeconds = parse.GetValue(poll);
            if (pollSeconds is { } seconds && !(seconds >= 0.01 && seconds <= 3600))
            {
                throw new InputException($"--registry-poll: expected seconds from 0.01 to 3600, found {seconds.ToString(CultureInfo.InvariantCulture)}");
            }
            var settings = new Dictionary<string, string?>
            {
                ["urls"] = parse.GetValue(urls),
                ["Serving:ManagementUrls"] = parse.GetValue(management),
                ["Serving:Model"] = served,
                ["Serving:Registry"] = root,
                ["Serving:RegistryPollMilliseconds"] = Invariant(pollSeconds is { } given ? Math.Round(given * 1000) : (double?)null),
                ["Serving:ApiKey"] = KeyFile.Resolve("--api-key", parse.GetValue(apiKey), "--api-key-file", parse.GetValue(apiKeyFile)),
                ["Serving:AdminKey"] = KeyFile.Resolve("--admin-key", parse.GetValue(adminKey), "--admin-key-file", parse.GetValue(adminKeyFile)),
                ["Serving:RequestsPerSecond"] = Invariant(parse.GetValue(rate)),
                ["Serving:KnownProxies"] = parse.GetValue(proxies),
                ["Serving:UnseenCategories"] = parse.GetValue(unseen)?.ToString(),
                ["Serving:DriftReports"] = parse.GetValue(driftReports),
                ["PredictionLog:Uri"] = parse.GetValue(log) is { } logged ? LogLocation(logged) : null,
                ["PredictionLog:ReplicaId"] = parse.GetValue(replica),
                ["PredictionLog:SamplingRate"] = Invariant(parse.GetValue(sampling)),
                // A start failure (a port taken) is logged by the host at Error with Kestrel's stack trace, then reported
                // by the catch below in one line. Critical still logs a background service that stops the host, with its
                // exception; MLOPS_DEBUG=1 keeps every record.
                [HostLogLevel] = MlopsApp.Debugging ? null : "Critical",
            };
            try
            {
                // Runs until Ctrl+C, SIGTERM or the caller's cancellation (tests host the real command in process).
                await ((IHost)ServingApplication.Build([], settings)).RunAsync(cancel);
            }
            catch (Exception e) when (e is ModelRejectedException or OptionsValidationException)
            {
                // What the host refuses at start (a model gone since the check above, a setting out of range) is bad input.
                throw new MlopsException(e.Message, ExitCodes.InputError, e);
            }
            catch (Exception e) when (e is FormatException || e is IOException { InnerException: AddressInUseException or SocketException })
            {
                // Kestrel's own words ("Invalid url", "address already in use") would otherwise end the tool with a stack trace.
                throw new MlopsException($"--urls: cannot listen on {settings["urls"] ?? "the configured address"}: {e.Message}", ExitCodes.InputError, e);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private const string HostLogLevel = "Logging:LogLevel:Microsoft.Extensions.Hosting.Internal.Host";

    // Checked here (a password on the command line is refused), handed on as given.
    private static string LogLocation(string given)
    {
        PredictionLogLocation.Parse(given, "--prediction-log", commandLine: true);
        return given;
    }

    // Null stays null: the key is then left to the environment and the defaults.
    private static string? Invariant<T>(T? value) where T : struct, IFormattable => value?.ToString(null, CultureInfo.InvariantCulture);

    private static int Probe(IAnsiConsole console, string url)
    {
        using var client = new HttpClient { Timeout = ProbeTimeout };
        try
        {
            using var response = client.GetAsync(new Uri(url)).GetAwaiter().GetResult();
            console.WriteLine($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? ExitCodes.Ok : ExitCodes.CheckFailed;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            console.WriteLine($"{url}: unreachable ({e.Message})");
            return ExitCodes.CheckFailed;
        }
    }
}
