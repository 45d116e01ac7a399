namespace CiCd.Serving.Hosting;

/// <summary>How the service treats a category value absent from the model card.</summary>
public enum UnseenCategoryPolicy
{
    /// <summary>Answer 400 naming the field, the row and the known categories.</summary>
    Reject,

    /// <summary>Score it as the model does any unknown category (one-hot all zeros, ordinal mean rank).</summary>
    Accept,
}
