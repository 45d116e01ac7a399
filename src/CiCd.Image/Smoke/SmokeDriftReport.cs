using CiCd.Configuration;
using CiCd.Data;
using CiCd.Formats;
using CiCd.Monitoring.Analysis;
using CiCd.Monitoring.Current;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Profiles;

namespace CiCd.Image.Smoke;

/// <summary>
/// A drift report of the posted test rows against the training run's reference profile, as <c>mlops drift</c> writes it.
/// The smoke test puts it in the container's drift-reports folder so that <c>/dashboard</c> has charts to draw: they are
/// drawn in the container (SkiaSharp and the image's fonts), which is what the smoke test is there to prove.
/// </summary>
public static class SmokeDriftReport
{
    /// <summary>The report's JSON, or null when the run has no reference profile (trained before profiles were kept).</summary>
    public static string? Json(MlopsConfig config, string profilePath, CsvTable testRows)
    {
        if (!File.Exists(profilePath))
        {
            return null;
        }
        var inputs = new DriftInputs
        {
            Reference = ReferenceProfileJson.Load(profilePath),
            ReferenceSource = profilePath,
            Current = new CsvCurrentData(testRows, null),
            Policy = config.Drift.ToPolicy(),
        };
        return JsonReport.Serialize(new DriftAnalysis(inputs).Run());
    }
}
