using System.Text.Json.Nodes;

namespace CiCd.Serving.Tests.Fixtures.Contract;

/// <summary>
/// Sits in a test's HttpClient and checks every response against the service's own <c>/openapi/v1.json</c>, so each
/// integration test is also a test of the document. A response that breaks the contract fails the request that got it.
/// </summary>
public sealed class ContractCheckingHandler : DelegatingHandler
{
    // Bodies above this are checked for status and media type only: a 100,000-row batch answer is about scale, not shape.
    private const int LargestCheckedBody = 1 << 20;
    private volatile ResponseContract? _contract;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        if (path == "/openapi/v1.json")
        {
            return response;
        }
        var length = response.Content.Headers.ContentLength;
        string? body = null;
        if (length is null or <= LargestCheckedBody)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (body.Length > LargestCheckedBody)
            {
                body = null;
            }
        }
        var status = (int)response.StatusCode;
        var violations = await CheckAsync(request, path, status, response, body, cancellationToken);
        if (violations.Count > 0)
        {
            throw new ContractViolationException(violations);
        }
        return response;
    }

    private async Task<IReadOnlyList<string>> CheckAsync(HttpRequestMessage request, string path, int status, HttpResponseMessage response, string? body,
        CancellationToken cancel)
    {
        // No model yet means no document: the probes' 503s are what the tests wait through.
        var contract = _contract ??= await ContractAsync(request, cancel);
        var violations = contract?.Check(request.Method, path, status, response.Content.Headers.ContentType, body) ?? [];
        if (violations.Count == 0)
        {
            return violations;
        }
        // The document follows the model (its classes and fields): fetch it again before calling the response wrong.
        contract = await ContractAsync(request, cancel);
        if (contract is null)
        {
            return violations;
        }
        _contract = contract;
        return contract.Check(request.Method, path, status, response.Content.Headers.ContentType, body);
    }

    private async Task<ResponseContract?> ContractAsync(HttpRequestMessage original, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(original.RequestUri!, "/openapi/v1.json"));
        using var response = await base.SendAsync(request, cancel);
        return response.IsSuccessStatusCode ? new ResponseContract(JsonNode.Parse(await response.Content.ReadAsStringAsync(cancel))!.AsObject()) : null;
    }
}
