namespace CiCd.Serving.Tests.Fixtures;

/// <summary>Two green days, then a report on current data with strong shifts injected by the scenario generator: red.</summary>
public sealed class DriftedSite : DashboardSite
{
    protected override void WriteReports(string folder)
    {
        var today = DateTimeOffset.UtcNow;
        var green = DriftReports.Green(TrainedModel.Credit);
        DriftReports.Write(Directory.CreateDirectory(Path.Combine(folder, "day-1")).FullName, green, today.AddDays(-2));
        DriftReports.Write(Directory.CreateDirectory(Path.Combine(folder, "day-2")).FullName, green, today.AddDays(-1));
        DriftReports.Write(Directory.CreateDirectory(Path.Combine(folder, "day-3")).FullName, DriftReports.Drifted(TrainedModel.Credit), today);
    }
}
