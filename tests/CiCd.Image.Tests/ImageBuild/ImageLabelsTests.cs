using CiCd.Image.ImageBuild;

namespace CiCd.Image.Tests.ImageBuild;

public static class ImageLabelsTests
{
    public sealed class TheCreateMethod
    {
        private static readonly SourceInfo Source = new("https://github.com/cicd-ml/cicd", new string('a', 40), "certification");

        [Fact]
        public void Should_Carry_The_Oci_Annotations()
        {
            // When
            var labels = ImageLabels.Create(ModelCardBuilder.Credit().Build(), "3", Source, "3-aaaaaaa", new DateTimeOffset(2025, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)));

            // Then
            Assert.Equal("https://github.com/cicd-ml/cicd", labels[LabelNames.Source]);
            Assert.Equal(new string('a', 40), labels[LabelNames.Revision]);
            Assert.Equal("3-aaaaaaa", labels[LabelNames.Version]);
            Assert.Equal("2025-05-06T05:08:09Z", labels[LabelNames.Created]);
        }

        [Fact]
        public void Should_Say_Which_Model_And_Data()
        {
            // When
            var labels = ImageLabels.Create(ModelCardBuilder.Credit().Named("digits").Build(), "7", Source, "7-aaaaaaa", DateTimeOffset.UnixEpoch);

            // Then
            Assert.Equal("digits", labels[LabelNames.ModelName]);
            Assert.Equal("7", labels[LabelNames.ModelVersion]);
            Assert.Equal("sha256:abc123", labels[LabelNames.DataFingerprint]);
            Assert.Equal("sha256:def456", labels[LabelNames.ModelSha256]);
        }

        [Fact]
        public void Should_Write_Metrics_So_They_Read_Back_Exactly()
        {
            // Given
            var card = ModelCardBuilder.Credit().WithMetrics(new() { ["f1"] = 0.1 + 0.2, ["roc_auc"] = 0.7782142857142857 }).Build();

            // When
            var labels = ImageLabels.Create(card, "1", Source, "1-aaaaaaa", DateTimeOffset.UnixEpoch);

            // Then
            Assert.Equal(0.1 + 0.2, double.Parse(labels["io.cicd.metric.f1"], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("0.7782142857142857", labels["io.cicd.metric.roc_auc"]);
        }
    }
}
