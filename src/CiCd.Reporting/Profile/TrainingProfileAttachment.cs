using CiCd.Configuration;
using CiCd.Data.Profiling;
using CiCd.Reports;

namespace CiCd.Reporting.Profile;

/// <summary>
/// The one hook between training and the profile: writes the training data's profile next to the model card
/// (<c>data-profile.json</c>), where the next stages (the pull-request summary, a registry version) can pick it up.
/// </summary>
public static class TrainingProfileAttachment
{
    /// <summary>The file's name in the training output folder.</summary>
    public const string FileName = "data-profile.json";

    /// <summary>Profiles the configured data and writes it into <paramref name="outputFolder"/>; returns the path.</summary>
    public static string Write(DatasetConfig dataset, string outputFolder)
    {
        var path = Path.Combine(outputFolder, FileName);
        JsonReport.Write(path, DataProfiler.Profile(ProfileSource.FromConfig(dataset)));
        return path;
    }
}
