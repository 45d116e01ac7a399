// The serving image and the release: each task one `mlops model …` or `mlops image …` call (logic and tests
// live in src/CiCd.Image and src/CiCd.Registry). Loaded by build.cake after mlops.cake.
// Arguments: --image-repository (default MLOPS_IMAGE_REPOSITORY, else 127.0.0.1:5000/german-credit),
// --stage (development | certification | production; default from GITHUB_REF_NAME, else development), --base-image (a local base
// from build/base-image.sh where no registry can be pulled).

Task("Register")
    .IsDependentOn("Gate")
    .Does<BuildParameters>((context, p) =>
        RunMlops(context, p, $"model register --config \"{p.Config}\" --from out/train --gate out/gate --alias {p.Stage}"));

// The image ships the tool's SBOM next to the binary; its label io.cicd.sbom (Dockerfile) names the file.
Task("Publish")
    .IsDependentOn("Sbom")
    .Does<BuildParameters>((context, p) =>
    {
        var publish = p.Out.Combine("publish");
        DotNetPublish("src/CiCd.Cli/CiCd.Cli.csproj", new DotNetPublishSettings
        {
            Configuration = p.Configuration,
            Runtime = "linux-x64",
            SelfContained = true,
            OutputDirectory = publish,
        });
        CopyFile(p.Out.CombineWithFilePath("sbom/mlops.cdx.json"), publish.CombineWithFilePath("mlops.cdx.json"));
    });

Task("Image")
    .IsDependentOn("Register")
    .IsDependentOn("Publish")
    .Does<BuildParameters>((context, p) =>
    {
        var baseImage = string.IsNullOrEmpty(p.BaseImage) ? "" : $" --base-image \"{p.BaseImage}\"";
        RunMlops(context, p, $"image build --repository \"{p.ImageRepository}\" --stage {p.Stage}{baseImage}");
    });

Task("Smoke")
    .IsDependentOn("Image")
    .Does<BuildParameters>((context, p) =>
        RunMlops(context, p, $"image smoke \"{p.ImageRepository}:{p.Stage}\" --config \"{p.Config}\" --train-dir out/train"));

Task("Push")
    .IsDependentOn("Smoke")
    .Does<BuildParameters>((context, p) => RunMlops(context, p, $"image push \"{p.ImageRepository}:{p.Stage}\""));

// Master: the certified digest becomes production without a rebuild, and the registry alias follows it.
Task("Promote")
    .IsDependentOn("ReleaseVersion")
    .IsDependentOn("RegistryPull")
    .Does<BuildParameters>((context, p) =>
    {
        var version = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllText(p.Out.CombineWithFilePath("release/version.json").FullPath))
            .RootElement.GetProperty("version").GetString();
        RunMlops(context, p, $"image promote \"{p.ImageRepository}\" --from certification --tag production --release {version}");
        RunMlops(context, p, $"model promote certification --alias production --config \"{p.Config}\" --reason \"release {version}\"");
    });
