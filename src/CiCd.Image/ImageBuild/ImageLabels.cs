using System.Globalization;
using CiCd.Train;

namespace CiCd.Image.ImageBuild;

/// <summary>Computes the labels of a serving image from the model card and the source it was built from.</summary>
public static class ImageLabels
{
    /// <summary>OCI annotations, model identity and every test-split metric of <paramref name="card"/>.</summary>
    public static IReadOnlyDictionary<string, string> Create(ModelCard card, string modelVersion, SourceInfo source,
        string imageVersion, DateTimeOffset created)
    {
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [LabelNames.Source] = source.Url,
            [LabelNames.Revision] = source.Revision,
            [LabelNames.Version] = imageVersion,
            [LabelNames.Created] = created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            [LabelNames.Title] = $"{card.Name} model service",
            [LabelNames.ModelName] = card.Name,
            [LabelNames.ModelVersion] = modelVersion,
            [LabelNames.RunId] = card.RunId,
            [LabelNames.ModelSha256] = card.ModelSha256,
            [LabelNames.DataFingerprint] = card.Data.Fingerprint,
        };
        foreach (var (metric, value) in card.Metrics)
        {
            // Round-trip formatting: a label read back compares equal to the card's number.
            labels[LabelNames.MetricPrefix + metric] = value.ToString("R", CultureInfo.InvariantCulture);
        }
        return labels;
    }
}
