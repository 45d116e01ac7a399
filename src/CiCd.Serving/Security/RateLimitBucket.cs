using System.Security.Cryptography;
using System.Text;
using CiCd.Serving.Hosting;
using Microsoft.Extensions.Options;

namespace CiCd.Serving.Security;

/// <summary>
/// Whose token bucket a scoring request draws from. A request presenting the right API key draws from that key's bucket,
/// so an anonymous flood from the same address (or from behind the same proxy) cannot spend it; any other request draws
/// from its client address's (see <see cref="TrustedProxies"/>). The bucket of a key is named by a digest, never the key.
/// </summary>
public sealed class RateLimitBucket
{
    private readonly ServingOptions _settings;
    private readonly TrustedProxies _proxies;
    private readonly string? _keyBucket;

    /// <summary>Reads the key and the trusted proxies from the options (validated at start).</summary>
    public RateLimitBucket(IOptions<ServingOptions> options)
    {
        _settings = options.Value;
        _proxies = TrustedProxies.Parse(_settings.KnownProxies, out _) ?? TrustedProxies.None;
        _keyBucket = string.IsNullOrEmpty(_settings.ApiKey)
            ? null
            : "key:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_settings.ApiKey)))[..16];
    }

    /// <summary>The bucket's name for <paramref name="context"/>.</summary>
    public string Of(HttpContext context)
    {
        if (_keyBucket is not null && KeyCheck.Matches(_settings.ApiKey!, context.Request.Headers[_settings.ApiKeyHeader].ToString()))
        {
            return _keyBucket;
        }
        return "address:" + (_proxies.ClientOf(context)?.ToString() ?? "unknown");
    }
}
