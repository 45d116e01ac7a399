namespace CiCd.Serving.Model;

/// <summary>A model the service will not serve: missing, corrupt, its sha256 not matching the card, or its schema incompatible.</summary>
public sealed class ModelRejectedException : Exception
{
    /// <summary>Creates the error with a reason short enough for a metric label.</summary>
    public ModelRejectedException(string reason, string message, Exception? inner = null) : base(message, inner) =>
        Reason = Reasons.Contains(reason) ? reason : throw new ArgumentOutOfRangeException(nameof(reason), reason, "not a known refusal reason");

    /// <summary>Every reason a model can be refused for; each is a label value of the reload failure metric from the start.</summary>
    public static IReadOnlyList<string> Reasons { get; } = ["missing", "checksum", "corrupt", "schema"];

    /// <summary>One of missing, checksum, corrupt, schema.</summary>
    public string Reason { get; }
}
