namespace CiCd.Image.ImageBuild;

/// <summary>What goes into the image: the Dockerfile, the publish output of the service, the model folder and the base.</summary>
/// <param name="Dockerfile">The Dockerfile (the repository's top-level one).</param>
/// <param name="PublishFolder">The self-contained publish output holding the <c>mlops</c> executable.</param>
/// <param name="ModelFolder">The folder with model.zip and model-card.json (out/train).</param>
/// <param name="BaseImage">The BASE_IMAGE build argument; null keeps the Dockerfile's default.</param>
public sealed record BuildInputs(string Dockerfile, string PublishFolder, string ModelFolder, string? BaseImage);
