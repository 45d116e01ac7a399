using System.Text.Json.Nodes;
using CiCd.Testing;

namespace CiCd.Workflows.Tests.Deploy;

/// <summary>
/// build/kube-validate.mjs: the Kubernetes OpenAPI schemas as the npm package kubernetes-models ships them, pinned in
/// build/package.json and installed by the NodeTools target (npm ci); nothing is downloaded when the tests run.
/// </summary>
public static class KubernetesSchemaValidator
{
    public static async Task<(int ExitCode, string Output)> ValidateAsync(IEnumerable<JsonObject> objects)
    {
        var models = RepositoryRoot.PathOf("build/node_modules/kubernetes-models/package.json");
        Assert.True(File.Exists(models), $"{models} is missing: run `npm ci --prefix build` (the build's NodeTools target does)");
        using var folder = new TempFolder();
        var file = folder.Write("objects.json", new JsonArray([.. objects.Select(o => o.DeepClone())]).ToJsonString());
        var (exitCode, output, error) = await ExternalTool.RunAsync("node", [RepositoryRoot.PathOf("build/kube-validate.mjs"), file]);
        return (exitCode, output + error);
    }
}
