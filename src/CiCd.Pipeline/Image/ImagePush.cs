using CiCd.Image.Push;

namespace CiCd.Pipeline.Image;

/// <summary>A pushed image and where its digest was recorded (the registry folder, model and version), or null when it was not.</summary>
public sealed record ImagePush(PushResult Result, string? Recorded);
