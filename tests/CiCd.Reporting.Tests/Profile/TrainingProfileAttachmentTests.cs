using CiCd.Configuration;
using CiCd.Data.Profiling;
using CiCd.Reporting.Profile;
using CiCd.Reporting.Tests.Builders;
using CiCd.Reports;
using CiCd.Testing;

namespace CiCd.Reporting.Tests.Profile;

public static class TrainingProfileAttachmentTests
{
    public sealed class TheWriteMethod
    {
        [Fact]
        public void Should_Write_A_Profile_That_Reads_Back_Next_To_The_Model_Card()
        {
            // Given
            using var folder = new TempFolder();
            var dataset = ConfigLoader.Load(RepositoryRoot.PathOf("mlops.yaml")).Dataset;

            // When
            var path = TrainingProfileAttachment.Write(dataset, folder.Root);

            // Then
            Assert.Equal(folder.PathOf(TrainingProfileAttachment.FileName), path);
            var profile = JsonReport.Read<DataProfile>(path);
            Assert.Equal(1000, profile.Overview.Rows);
            Assert.Equal(ShippedProfile.Credit.Associations.Select(a => a.Feature), profile.Associations.Select(a => a.Feature));
        }
    }
}
