using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CiCd.Errors;

namespace CiCd.Image.Smoke;

/// <summary>Talks to a running service the way a client would: readiness, a batch of CSV rows, the metrics page, the dashboard.</summary>
public sealed class ServiceProbe(HttpClient http, Uri baseAddress)
{
    /// <summary>Polls <c>/health/ready</c> until it answers 2xx or <paramref name="giveUp"/> says stop; returns whether it became ready.</summary>
    public async Task<bool> WaitReadyAsync(TimeSpan timeout, Func<CancellationToken, Task<bool>> giveUp, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        var pause = TimeSpan.FromMilliseconds(20);
        while (clock.Elapsed < timeout)
        {
            if (await IsReadyAsync(cancel))
            {
                return true;
            }
            if (await giveUp(cancel))
            {
                return false;
            }
            // Short first pauses catch a fast start; later ones stop a slow start from being hammered.
            await Task.Delay(pause, cancel);
            pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 250));
        }
        return false;
    }

    /// <summary>
    /// Posts <paramref name="csv"/> to <c>/v1/predict/batch</c> and returns each row's probabilities in <paramref name="classes"/>
    /// order; with no classes (a regression model) each row's one predicted value, NaN where the answer is not a finite number.
    /// </summary>
    public async Task<double[][]> PredictAsync(string csv, IReadOnlyList<string> classes, CancellationToken cancel)
    {
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, "/v1/predict/batch")) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await SendAsync(request, cancel);
        var body = await response.Content.ReadAsStringAsync(cancel);
        if (!response.IsSuccessStatusCode)
        {
            throw new MlopsException($"POST /v1/predict/batch answered {(int)response.StatusCode}: {Shorten(body)}", ExitCodes.CheckFailed);
        }
        using var json = JsonDocument.Parse(body);
        var predictions = json.RootElement.GetProperty("predictions").EnumerateArray();
        return classes.Count == 0
            ? predictions.Select(prediction => new[] { Value(prediction) }).ToArray()
            : predictions.Select(prediction => classes.Select(c => prediction.GetProperty("probabilities").GetProperty(c).GetDouble()).ToArray()).ToArray();
    }

    /// <summary>Reads <c>/metrics</c> and sums the samples of <paramref name="counter"/>; null when the page lacks it.</summary>
    public async Task<double?> CounterAsync(string counter, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseAddress, "/metrics"));
        using var response = await SendAsync(request, cancel);
        var text = await response.Content.ReadAsStringAsync(cancel);
        if (!response.IsSuccessStatusCode)
        {
            throw new MlopsException($"GET /metrics answered {(int)response.StatusCode}: {Shorten(text)}", ExitCodes.CheckFailed);
        }
        double? total = null;
        foreach (var line in text.Split('\n'))
        {
            // Prometheus text format: name{labels} value, or name value.
            if (line.StartsWith(counter, StringComparison.Ordinal) && line.Length > counter.Length && line[counter.Length] is '{' or ' '
                && double.TryParse(line[(line.LastIndexOf(' ') + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                total = (total ?? 0) + value;
            }
        }
        return total;
    }

    /// <summary>Reads <c>/dashboard</c>: its status and page.</summary>
    public async Task<(System.Net.HttpStatusCode Status, string Html)> DashboardAsync(CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseAddress, "/dashboard"));
        using var response = await SendAsync(request, cancel);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(cancel));
    }

    private async Task<bool> IsReadyAsync(CancellationToken cancel)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(baseAddress, "/health/ready"), cancel);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            // Nothing listens yet: the process is still starting.
            return false;
        }
    }

    // The service stopping mid-request is a failed smoke test, not an unreachable engine.
    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancel)
    {
        try
        {
            return await http.SendAsync(request, cancel);
        }
        catch (HttpRequestException e)
        {
            throw new MlopsException($"{request.Method} {request.RequestUri} failed: {e.Message}", ExitCodes.CheckFailed, e);
        }
    }

    // A regression answer is the number itself, or {"prediction": number} when the answer names its model.
    private static double Value(JsonElement prediction)
    {
        var value = prediction.ValueKind == JsonValueKind.Object && prediction.TryGetProperty("prediction", out var inner) ? inner : prediction;
        return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number) ? number : double.NaN;
    }

    private static string Shorten(string text) => text.Length > 400 ? text[..400] + "…" : text;
}
