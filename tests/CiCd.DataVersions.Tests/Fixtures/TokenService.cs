using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using CiCd.Testing;

namespace CiCd.DataVersions.Tests.Fixtures;

/// <summary>
/// A registry token service as GHCR and Docker Hub run one: GET realm?service=…&amp;scope=… with Basic credentials answers
/// {"token": JWT}, an RS256 JWT granting the scopes asked for, signed by a key whose self-signed certificate is the
/// registry's rootcertbundle (and travels in the token's x5c header). Wrong credentials get 401.
/// </summary>
public sealed class TokenService : IDisposable
{
    public const string Service = "cicd-test-registry";
    public const string Issuer = "cicd-test-issuer";

    private readonly HttpListener _listener = new();
    private readonly RSA _key = RSA.Create(2048);
    private readonly X509Certificate2 _certificate;
    private readonly string _user;
    private readonly string _password;
    private readonly Task _serving;

    public TokenService(string folder, string user, string password)
    {
        (_user, _password) = (user, password);
        var request = new CertificateRequest("CN=cicd test token issuer", _key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyCertSign, true));
        _certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        RootCertBundle = Path.Combine(folder, "token-issuer.pem");
        File.WriteAllText(RootCertBundle, _certificate.ExportCertificatePem());
        var port = FreePort.Next();
        Realm = $"http://127.0.0.1:{port}/token";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>The URL the registry names in its Bearer challenge.</summary>
    public string Realm { get; }

    /// <summary>The PEM the registry trusts token signatures by.</summary>
    public string RootCertBundle { get; }

    /// <summary>Each token request: the Authorization header's scheme, the service and the scopes asked for.</summary>
    public ConcurrentQueue<(string? Scheme, string? Service, string? Scope)> Requests { get; } = new();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            var header = context.Request.Headers["Authorization"];
            var scope = context.Request.QueryString["scope"];
            Requests.Enqueue((header?.Split(' ')[0], context.Request.QueryString["service"], scope));
            var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_user}:{_password}"));
            if (header != expected)
            {
                context.Response.StatusCode = 401;
                context.Response.Close();
                continue;
            }
            var body = JsonSerializer.SerializeToUtf8Bytes(new { token = Token(scope) });
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    private string Token(string? scope)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        // scope = repository:name:pull,push; a name may hold no colon, so the last field is the actions.
        var access = scope is null ? [] : new[] { scope }.Select(s => s.Split(':')).Where(p => p.Length == 3)
            .Select(p => new { type = p[0], name = p[1], actions = p[2].Split(',') }).ToArray();
        var header = Encode(JsonSerializer.SerializeToUtf8Bytes(new { alg = "RS256", typ = "JWT", x5c = new[] { Convert.ToBase64String(_certificate.RawData) } }));
        var claims = Encode(JsonSerializer.SerializeToUtf8Bytes(new
        {
            iss = Issuer,
            sub = _user,
            aud = Service,
            exp = now + 300,
            nbf = now - 60,
            iat = now - 60,
            jti = Guid.NewGuid().ToString("N"),
            access,
        }));
        var signature = _key.SignData(Encoding.ASCII.GetBytes($"{header}.{claims}"), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{claims}.{Encode(signature)}";
    }

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public void Dispose()
    {
        // Close alone: after Stop, Close removes the endpoint again by binding its port anew, which fails with "Address
        // already in use" when another test's server took the port meanwhile (managed HttpListener on Unix).
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
        _certificate.Dispose();
        _key.Dispose();
    }
}
