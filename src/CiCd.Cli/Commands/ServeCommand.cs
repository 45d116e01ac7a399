using System.CommandLine;
using CiCd.Errors;
using CiCd.Serving.Hosting;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>
/// `mlops serve`: hosts the prediction service for a model folder or model.zip; `--healthcheck URL` instead probes a
/// running service and exits 0 (ready) or 1, so a container health check needs no shell tools.
/// </summary>
internal static class ServeCommand
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    public static Command Create(IAnsiConsole console)
    {
        var model = new Option<string?>("--model", "-m") { Description = "The model folder (model.zip + model-card.json) or model.zip to serve." };
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on.", DefaultValueFactory = _ => "http://127.0.0.1:8080" };
        var apiKey = new Option<string?>("--api-key") { Description = "Require this key (X-Api-Key header) on prediction and model routes." };
        var adminKey = new Option<string?>("--admin-key") { Description = "Enable POST /admin/reload for callers presenting this key." };
        var log = new Option<string?>("--prediction-log") { Description = "SQLite file for the prediction log (off when absent)." };
        var sampling = new Option<double>("--log-sampling") { Description = "Share of predictions logged, 0 to 1.", DefaultValueFactory = _ => 1.0 };
        var rate = new Option<int>("--rate-limit") { Description = "Requests per second per client; 0 is unlimited.", DefaultValueFactory = _ => 0 };
        var unseen = new Option<UnseenCategoryPolicy>("--unseen-categories") { Description = "Reject or accept categories the model never saw.", DefaultValueFactory = _ => UnseenCategoryPolicy.Reject };
        var driftReports = new Option<string?>("--drift-reports") { Description = "Folder of drift reports (mlops drift --out DIR/<date>) shown on /dashboard." };
        var healthcheck = new Option<string?>("--healthcheck") { Description = "Probe this URL (e.g. http://127.0.0.1:8080/health/ready) and exit 0 when it answers 2xx, else 1." };
        var command = new Command("serve", "Serve a model over HTTP: /v1/predict, /v1/predict/batch, /invocations, /v1/model, health probes, /metrics.")
        {
            model, urls, apiKey, adminKey, log, sampling, rate, unseen, driftReports, healthcheck,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(healthcheck) is { } probe)
            {
                return Probe(console, probe);
            }
            var path = parse.GetValue(model) ?? throw new MlopsException("serve needs --model (a model folder or model.zip), or --healthcheck URL");
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new InputException(path, null, null, "model folder or file not found");
            }
            var settings = new Dictionary<string, string?>
            {
                ["urls"] = parse.GetRequiredValue(urls),
                ["Serving:Model"] = path,
                ["Serving:ApiKey"] = parse.GetValue(apiKey),
                ["Serving:AdminKey"] = parse.GetValue(adminKey),
                ["Serving:RequestsPerSecond"] = parse.GetValue(rate).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Serving:UnseenCategories"] = parse.GetValue(unseen).ToString(),
                ["Serving:DriftReports"] = parse.GetValue(driftReports),
                ["PredictionLog:Path"] = parse.GetValue(log) ?? "",
                ["PredictionLog:SamplingRate"] = parse.GetValue(sampling).ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            ServingApplication.Build([], settings).Run();
            return ExitCodes.Ok;
        });
        return command;
    }

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
