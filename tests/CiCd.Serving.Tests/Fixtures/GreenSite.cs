namespace CiCd.Serving.Tests.Fixtures;

/// <summary>One report on current data that is the training split itself: green.</summary>
public sealed class GreenSite : DashboardSite
{
    protected override void WriteReports(string folder) => DriftReports.Write(folder, DriftReports.Green(TrainedModel.Credit));
}
