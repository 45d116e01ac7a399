using CiCd.Image.Distribution;

namespace CiCd.Image.ImageBuild;

/// <summary>One image build: inputs, the repository to tag in, the model's registry version, the stage and an optional release.</summary>
public sealed record BuildRequest(BuildInputs Inputs, ImageReference Repository, string ModelVersion, SourceInfo Source,
    string Stage, string? Release);
