namespace CiCd.GitHub.PullRequests;

/// <summary>What happened to the marked comment.</summary>
public enum CommentOutcome
{
    /// <summary>There was none: it was created.</summary>
    Created,

    /// <summary>It existed with other text: it was edited in place.</summary>
    Updated,

    /// <summary>It existed with the same text: nothing was sent.</summary>
    Unchanged,
}
