using CiCd.Image.ImageBuild;

namespace CiCd.Pipeline.Image;

/// <summary>What <c>mlops image build</c> was asked for; every null is filled in by <see cref="ImageStage.Prepare"/>.</summary>
/// <param name="Inputs">The Dockerfile, publish output, model folder and base image.</param>
/// <param name="Repository">The repository to tag in; null takes the model's name.</param>
/// <param name="ModelVersion">The model's registry version; null takes the version registered for the card's run.</param>
/// <param name="Stage">development, certification or production; null takes the branch's alias.</param>
/// <param name="Release">A semantic version to tag, with latest.</param>
/// <param name="Branch">The branch; null takes GITHUB_REF_NAME, else git.</param>
/// <param name="Revision">The commit; null takes GITHUB_SHA, else git.</param>
/// <param name="Source">The source repository URL for the OCI label; null takes the GitHub variables, else the git remote.</param>
public sealed record ImageBuildRequest(BuildInputs Inputs, string? Repository, string? ModelVersion, string? Stage, string? Release,
    string? Branch, string? Revision, string? Source);
