using System.ComponentModel.DataAnnotations;
using CiCd.Serving.Security;

namespace CiCd.Serving.Hosting;

/// <summary>The service's settings, bound from the <c>Serving</c> section and validated when the host starts.</summary>
public sealed class ServingOptions
{
    /// <summary>Where the service listens when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c> says: loopback only, so nothing is exposed by accident.</summary>
    public const string DefaultUrls = "http://127.0.0.1:8080";

    /// <summary>
    /// A model folder (holding model.zip and model-card.json) or a model.zip path; with <see cref="Registry"/> set, a
    /// registered model instead: <c>name@alias</c> (follows the alias) or <c>name@version</c> (pinned).
    /// </summary>
    [Required]
    public string Model { get; set; } = "";

    /// <summary>The model registry folder; when set, <see cref="Model"/> names a registered model rather than a path.</summary>
    public string? Registry { get; set; }

    /// <summary>How often a served alias is re-read from the registry, whatever the file watcher reports.</summary>
    [Range(10, 3_600_000)]
    public int RegistryPollMilliseconds { get; set; } = 2000;

    /// <summary>Whether to also watch the registry file for alias moves; turn off on mounts where file events never arrive.</summary>
    public bool RegistryFileWatcher { get; set; } = true;

    /// <summary>
    /// Where <c>/metrics</c> and the Kubernetes probes answer instead of the scoring address (e.g. <c>http://0.0.0.0:9090</c>;
    /// each with an explicit port), as Spring Boot's and KServe's management ports do: the scoring port then answers neither,
    /// and the management port answers nothing else. Unset: all routes share the scoring address.
    /// </summary>
    public string? ManagementUrls { get; set; }

    /// <summary>When set, prediction and model endpoints require this key in <see cref="ApiKeyHeader"/>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>When set, enables <c>POST /admin/reload</c> for callers presenting this key in <see cref="ApiKeyHeader"/>.</summary>
    public string? AdminKey { get; set; }

    /// <summary>The header that carries the API or admin key.</summary>
    [Required]
    public string ApiKeyHeader { get; set; } = "X-Api-Key";

    /// <summary>Most rows one batch request may hold.</summary>
    [Range(1, 10_000_000)]
    public int MaxBatchRows { get; set; } = 100_000;

    /// <summary>Largest request body accepted, in bytes (413 above it).</summary>
    [Range(1024, long.MaxValue)]
    public long MaxBodyBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Longest a prediction request may run before it is cancelled.</summary>
    [Range(0.01, 3600)]
    public double RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Requests per second per API key, or per client address for requests without the key; 0 turns rate limiting off.</summary>
    [Range(0, 1_000_000)]
    public int RequestsPerSecond { get; set; }

    /// <summary>Proxies (addresses or CIDR ranges, comma-separated) whose X-Forwarded-For names the client; empty: the header is ignored.</summary>
    [ProxyList]
    public string? KnownProxies { get; set; }

    /// <summary>What to do with a category the model never saw.</summary>
    public UnseenCategoryPolicy UnseenCategories { get; set; } = UnseenCategoryPolicy.Reject;

    /// <summary>Whether a change to the served model's files triggers a reload.</summary>
    public bool WatchModel { get; set; } = true;

    /// <summary>Quiet time after a file change before reloading, so a model and its card written together load once.</summary>
    [Range(0, 60_000)]
    public int ReloadDebounceMilliseconds { get; set; } = 500;

    /// <summary>A folder of drift reports (<c>drift.json</c> and <c>*/drift.json</c> from <c>mlops drift --out</c>) for the dashboard; empty: none.</summary>
    public string? DriftReports { get; set; }

    /// <summary>Rows scored and written per flush when a batch answer streams.</summary>
    [Range(1, 1_000_000)]
    public int StreamChunkRows { get; set; } = 4096;
}
