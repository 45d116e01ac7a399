using System.Text.Json.Nodes;

namespace CiCd.Workflows.Tests.Deploy;

/// <summary>deploy/kubernetes: each overlay renders, passes the API's schemas, and agrees with the image and `mlops serve`.</summary>
public static class KubernetesManifestTests
{
    public static TheoryData<string> Overlays => [.. KubernetesObjects.Overlays];

    private static JsonObject Container(IReadOnlyList<JsonObject> objects) =>
        (JsonObject)objects.OfKind("Deployment")["spec"]!["template"]!["spec"]!["containers"]!.AsArray().Single()!;

    private static JsonObject PodSpec(IReadOnlyList<JsonObject> objects) => (JsonObject)objects.OfKind("Deployment")["spec"]!["template"]!["spec"]!;

    public sealed class TheRenderedOverlay
    {
        [Theory]
        [MemberData(nameof(Overlays), MemberType = typeof(KubernetesManifestTests))]
        public async Task Should_Pass_The_Kubernetes_OpenApi_Schemas(string overlay)
        {
            // Given
            var objects = await KubernetesObjects.RenderAsync(overlay);

            // When
            var (exitCode, output) = await KubernetesSchemaValidator.ValidateAsync(objects);

            // Then
            Assert.True(exitCode == 0, output);
            Assert.Equal(["Deployment", "HorizontalPodAutoscaler", "PodDisruptionBudget", "Service"], objects.Select(o => (string)o["kind"]!).Order(StringComparer.Ordinal));
        }

        [Theory]
        [MemberData(nameof(Overlays), MemberType = typeof(KubernetesManifestTests))]
        public async Task Should_Probe_The_Service_s_Health_Routes_On_The_Image_s_Port(string overlay)
        {
            // Given
            var container = Container(await KubernetesObjects.RenderAsync(overlay));
            var port = container["ports"]!.AsArray().Single()!;

            // Then: the port the image exposes and listens on (EXPOSE, ASPNETCORE_URLS), probed by name
            Assert.Equal(ServingImage.Port, (long)port["containerPort"]!);
            Assert.EndsWith($":{ServingImage.Port}", ServingImage.Environment["ASPNETCORE_URLS"], StringComparison.Ordinal);
            Assert.Equal(ServingSettings.HealthRoute("Live"), (string)container["livenessProbe"]!["httpGet"]!["path"]!);
            Assert.Equal(ServingSettings.HealthRoute("Ready"), (string)container["readinessProbe"]!["httpGet"]!["path"]!);
            Assert.All(new[] { "livenessProbe", "readinessProbe", "startupProbe" }, probe =>
                Assert.Equal((string)port["name"]!, (string)container[probe]!["httpGet"]!["port"]!));
        }

        [Theory]
        [MemberData(nameof(Overlays), MemberType = typeof(KubernetesManifestTests))]
        public async Task Should_Run_As_The_Image_s_User_On_A_Read_Only_Root_With_A_Writable_Tmp(string overlay)
        {
            // Given
            var objects = await KubernetesObjects.RenderAsync(overlay);
            var pod = PodSpec(objects)["securityContext"]!;
            var container = Container(objects);

            // Then
            Assert.Equal(ServingImage.User, ((long)pod["runAsUser"]!, (long)pod["runAsGroup"]!));
            Assert.True((bool)pod["runAsNonRoot"]!);
            Assert.True((bool)container["securityContext"]!["readOnlyRootFilesystem"]!);
            Assert.False((bool)container["securityContext"]!["allowPrivilegeEscalation"]!);
            Assert.Equal(["ALL"], container["securityContext"]!["capabilities"]!["drop"]!.AsArray().Select(c => (string)c!));
            var tmp = container["volumeMounts"]!.AsArray().Single(m => (string)m!["mountPath"]! == "/tmp")!;
            Assert.NotNull(PodSpec(objects)["volumes"]!.AsArray().Single(v => (string)v!["name"]! == (string)tmp["name"]!)!["emptyDir"]);
        }

        [Theory]
        [MemberData(nameof(Overlays), MemberType = typeof(KubernetesManifestTests))]
        public async Task Should_Set_Only_Settings_The_Service_Reads_And_Keys_Only_From_Secrets(string overlay)
        {
            // Given
            var env = Container(await KubernetesObjects.RenderAsync(overlay))["env"]!.AsArray().Select(e => e!.AsObject()).ToList();
            string[] secret = ["Serving__ApiKey", "Serving__AdminKey", "PredictionLog__Uri"];

            // Then: a name the service does not bind would be silently ignored
            Assert.All(env, e => Assert.Contains((string)e["name"]!, ServingSettings.EnvironmentNames));
            Assert.All(secret, name =>
            {
                var entry = env.Single(e => (string)e["name"]! == name);
                Assert.Null(entry["value"]);
                Assert.Equal("cicd-model", (string)entry["valueFrom"]!["secretKeyRef"]!["name"]!);
            });
        }

        [Theory]
        [MemberData(nameof(Overlays), MemberType = typeof(KubernetesManifestTests))]
        public async Task Should_Reference_The_Image_By_Digest(string overlay)
        {
            // Given
            var container = Container(await KubernetesObjects.RenderAsync(overlay));

            // Then
            Assert.Matches(@"^ghcr\.io/[a-z0-9._/-]+@sha256:[0-9a-f]{64}$", (string)container["image"]!);
        }

        [Theory]
        [MemberData(nameof(Overlays), MemberType = typeof(KubernetesManifestTests))]
        public async Task Should_Set_Requests_And_Limits(string overlay)
        {
            // Given
            var resources = Container(await KubernetesObjects.RenderAsync(overlay))["resources"]!;

            // Then
            Assert.All(new[] { "requests", "limits" }, level => Assert.All(new[] { "cpu", "memory" }, r => Assert.NotNull(resources[level]![r])));
        }

        [Theory]
        [MemberData(nameof(Overlays), MemberType = typeof(KubernetesManifestTests))]
        public async Task Should_Select_The_Deployment_s_Pods_From_The_Service_Budget_And_Autoscaler(string overlay)
        {
            // Given
            var objects = await KubernetesObjects.RenderAsync(overlay);
            var deployment = objects.OfKind("Deployment");
            var labels = deployment["spec"]!["template"]!["metadata"]!["labels"]!.AsObject();

            // Then
            Assert.True(JsonNode.DeepEquals(labels, objects.OfKind("Service")["spec"]!["selector"]));
            Assert.True(JsonNode.DeepEquals(labels, objects.OfKind("PodDisruptionBudget")["spec"]!["selector"]!["matchLabels"]));
            Assert.Equal("http", (string)objects.OfKind("Service")["spec"]!["ports"]![0]!["targetPort"]!);
            Assert.Equal((string)deployment["metadata"]!["name"]!, (string)objects.OfKind("HorizontalPodAutoscaler")["spec"]!["scaleTargetRef"]!["name"]!);
            Assert.True((long)objects.OfKind("HorizontalPodAutoscaler")["spec"]!["minReplicas"]! >= 2);
        }
    }

    public sealed class TheSchemaValidator
    {
        [Fact]
        public async Task Should_Reject_A_Deployment_Whose_Replicas_Is_Not_A_Number()
        {
            // Given
            var objects = KubernetesObjects.Parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: { name: broken }
                spec:
                  replicas: "3"
                  selector: { matchLabels: { a: b } }
                  template: { spec: { containers: [{ name: c, image: i }] } }
                """);

            // When
            var (exitCode, output) = await KubernetesSchemaValidator.ValidateAsync(objects);

            // Then
            Assert.Equal(1, exitCode);
            Assert.Contains("Deployment/broken: /spec/replicas must be integer", output, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_Reject_A_Field_The_Type_Does_Not_Declare_As_Kubectl_Apply_Does()
        {
            // Given: typos the compiled schemas let through, and a map whose keys are free (labels)
            var objects = KubernetesObjects.Parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: { name: typo, labels: { anything: goes } }
                spec:
                  replicass: 3
                  selector: { matchLabels: { a: b } }
                  template:
                    spec:
                      containers:
                        - name: c
                          image: i
                          livenessProbe: { httpGett: { path: /health/live, port: 8080 } }
                """);

            // When
            var (exitCode, output) = await KubernetesSchemaValidator.ValidateAsync(objects);

            // Then
            Assert.Equal(1, exitCode);
            Assert.Contains("Deployment/typo: /spec/replicass: unknown field", output, StringComparison.Ordinal);
            Assert.Contains("Deployment/typo: /spec/template/spec/containers/0/livenessProbe/httpGett: unknown field", output, StringComparison.Ordinal);
            Assert.DoesNotContain("anything", output, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_Reject_A_Kind_It_Has_No_Schema_For()
        {
            // Given
            var objects = KubernetesObjects.Parse("apiVersion: example.com/v1\nkind: Widget\nmetadata: { name: w }\n");

            // When
            var (exitCode, output) = await KubernetesSchemaValidator.ValidateAsync(objects);

            // Then
            Assert.Equal(1, exitCode);
            Assert.Contains("unknown apiVersion/kind example.com/v1/Widget", output, StringComparison.Ordinal);
        }
    }
}
