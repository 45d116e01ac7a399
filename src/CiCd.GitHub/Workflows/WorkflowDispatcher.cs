using System.Text.Json.Nodes;
using CiCd.GitHub.Api;

namespace CiCd.GitHub.Workflows;

/// <summary>Starts a workflow that has a <c>workflow_dispatch</c> trigger (the monitor's "retrain").</summary>
public sealed class WorkflowDispatcher(GitHubClient client)
{
    /// <summary>Dispatches <paramref name="workflowFile"/> (e.g. <c>ci.yml</c>) on branch <paramref name="branch"/>.</summary>
    public async Task DispatchAsync(string workflowFile, string branch, IReadOnlyDictionary<string, string> inputs, CancellationToken cancel)
    {
        var body = new JsonObject { ["ref"] = branch };
        if (inputs.Count > 0)
        {
            var values = new JsonObject();
            foreach (var (name, value) in inputs)
            {
                values[name] = value;
            }
            body["inputs"] = values;
        }
        // GitHub answers 204 No Content; any error status becomes a GitHubApiException with its message.
        await client.SendAsync(HttpMethod.Post, $"repos/{client.Repository}/actions/workflows/{Uri.EscapeDataString(workflowFile)}/dispatches",
            body, cancel).ConfigureAwait(false);
    }
}
