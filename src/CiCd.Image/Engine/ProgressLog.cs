using Docker.DotNet.Models;

namespace CiCd.Image.Engine;

/// <summary>
/// Streams the engine's build, pull and push messages to the console as they arrive and keeps the first error:
/// the engine answers these calls with 200 and reports failure inside the stream, so the stream must be read.
/// </summary>
public sealed class ProgressLog(TextWriter output) : IProgress<JSONMessage>
{
    private readonly Lock _gate = new();
    private string? _lastStatus;

    /// <summary>The first error the engine reported, if any.</summary>
    public string? Error { get; private set; }

    /// <summary>Values the engine sent as auxiliary data (build: the image ID; push: tag, digest and size).</summary>
    public List<IDictionary<string, object>> Aux { get; } = [];

    /// <inheritdoc />
    public void Report(JSONMessage value)
    {
        lock (_gate)
        {
            var message = value.Error?.Message is { Length: > 0 } detailed ? detailed : value.ErrorMessage;
            if (!string.IsNullOrEmpty(message))
            {
                Error ??= message.Trim();
                output.WriteLine($"  error: {message.Trim()}");
                return;
            }
            if (value.Aux?.ExtensionData is { Count: > 0 } aux)
            {
                Aux.Add(aux);
            }
            if (!string.IsNullOrEmpty(value.Stream))
            {
                output.Write("  " + value.Stream.TrimEnd('\n') + "\n");
            }
            else if (!string.IsNullOrEmpty(value.Status) && value.Progress is null)
            {
                // Per-layer byte counters would flood a CI log; status changes are what a reader needs.
                var line = string.IsNullOrEmpty(value.ID) ? value.Status : $"{value.ID}: {value.Status}";
                if (line != _lastStatus)
                {
                    output.WriteLine("  " + line);
                    _lastStatus = line;
                }
            }
        }
    }
}
