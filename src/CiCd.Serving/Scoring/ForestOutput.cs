namespace CiCd.Serving.Scoring;

/// <summary>How a compiled ensemble's sum of leaf values becomes the model's output, each with ML.NET's float rounding.</summary>
internal enum ForestOutput
{
    /// <summary>Binary FastForest and FastTree: a Platt calibrator maps the sum to the positive-class probability.</summary>
    PlattProbability,

    /// <summary>FastTree and LightGBM regression: the sum itself.</summary>
    Sum,

    /// <summary>FastForest regression: the sum divided by the number of trees (the mean of the trees).</summary>
    Mean,
}
