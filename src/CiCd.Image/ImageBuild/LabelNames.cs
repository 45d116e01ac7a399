namespace CiCd.Image.ImageBuild;

/// <summary>Label keys on the serving image: the OCI annotations plus the model's identity and headline metrics.</summary>
public static class LabelNames
{
    /// <summary>OCI: URL of the source repository.</summary>
    public const string Source = "org.opencontainers.image.source";

    /// <summary>OCI: the commit the image was built from.</summary>
    public const string Revision = "org.opencontainers.image.revision";

    /// <summary>OCI: the image's version.</summary>
    public const string Version = "org.opencontainers.image.version";

    /// <summary>OCI: when the image was built (RFC 3339).</summary>
    public const string Created = "org.opencontainers.image.created";

    /// <summary>OCI: a human-readable title.</summary>
    public const string Title = "org.opencontainers.image.title";

    /// <summary>The model's name.</summary>
    public const string ModelName = "io.cicd.model.name";

    /// <summary>The model's registry version.</summary>
    public const string ModelVersion = "io.cicd.model.version";

    /// <summary>The training run that made the model.</summary>
    public const string RunId = "io.cicd.model.run-id";

    /// <summary>sha256 of model.zip.</summary>
    public const string ModelSha256 = "io.cicd.model.sha256";

    /// <summary>The training data's fingerprint.</summary>
    public const string DataFingerprint = "io.cicd.data.fingerprint";

    /// <summary>Prefix of one label per held-out test metric (e.g. io.cicd.metric.roc_auc).</summary>
    public const string MetricPrefix = "io.cicd.metric.";
}
