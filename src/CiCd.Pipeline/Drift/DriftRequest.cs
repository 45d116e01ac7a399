namespace CiCd.Pipeline.Drift;

/// <summary>
/// What one drift check compares, as the user gave it: the reference, exactly one kind of current data, and the
/// optional window, time range and labels. Times and sizes stay text so their errors name the option they came from.
/// </summary>
public sealed record DriftRequest
{
    /// <summary>A reference-profile.json or the training output folder holding one.</summary>
    public required string Reference { get; init; }

    /// <summary>A registered model (<c>name@alias</c> or <c>name@version</c>) whose reference replaces <see cref="Reference"/>.</summary>
    public string? Model { get; init; }

    /// <summary>Current data as a CSV; exactly one of this and <see cref="Log"/>.</summary>
    public string? Current { get; init; }

    /// <summary>Current data as the prediction log: a SQLite file or a postgresql:// URI.</summary>
    public string? Log { get; init; }

    /// <summary>With a log: the window size (1h, 1d, 1w) for drift over time.</summary>
    public string? Window { get; init; }

    /// <summary>With a log: the ISO-8601 time the predictions (and the first window) start from.</summary>
    public string? Since { get; init; }

    /// <summary>With a log: the ISO-8601 time the predictions end before.</summary>
    public string? Until { get; init; }

    /// <summary>A CSV of delayed labels, in place of the labels stored in the log.</summary>
    public string? Labels { get; init; }

    /// <summary>The folder the JSON, Markdown and HTML reports go to.</summary>
    public required string OutputFolder { get; init; }
}
