using System.Text;
using CiCd.Configuration;
using CiCd.Serving.Hosting;
using CiCd.Serving.Input;
using CiCd.Train;

namespace CiCd.Serving.Tests.Input;

public sealed class FeatureSchemaTests
{
    public sealed class TheIgnoredColumnsProperty
    {
        // The card of a model trained on a loan export whose config set the id and the application date to ignore.
        private static FeatureSchema Schema() =>
            new([new CardFeature("age", ColumnKind.Numeric, []), new CardFeature("channel", ColumnKind.Categorical, ["branch", "web"])],
                UnseenCategoryPolicy.Reject, "defaulted")
            {
                IgnoredColumns = ["application_id", "applied_on"],
            };

        [Fact]
        public void Should_Ignore_The_Columns_The_Config_Ignored_And_Name_Them()
        {
            // Given: a row of the training file as it is
            var csv = "application_id,applied_on,age,channel,defaulted\nAPP-1,2024-09-01,30,web,No\n";
            var ignored = new HashSet<string>(StringComparer.Ordinal);

            // When
            var rows = BatchReader.Read(BodyFormat.Csv, Encoding.UTF8.GetBytes(csv), Schema(), int.MaxValue, ignored);

            // Then
            var row = Assert.Single(rows);
            Assert.Equal(30f, row.Numbers[0]);
            Assert.Equal("web", row.Texts[1]);
            Assert.Equal(["application_id", "applied_on", "defaulted"], ignored.Order(StringComparer.Ordinal));
        }

        [Fact]
        public void Should_Still_Refuse_A_Name_Neither_The_Model_Nor_Its_Config_Knows()
        {
            // Given
            var csv = "customer_no,age,channel\n5001,30,web\n";

            // When
            var problem = Assert.Throws<InputProblemException>(() => BatchReader.Read(BodyFormat.Csv, Encoding.UTF8.GetBytes(csv), Schema(), int.MaxValue));

            // Then
            Assert.Equal(400, problem.Status);
            Assert.Contains("unknown field 'customer_no'", problem.Message, StringComparison.Ordinal);
        }
    }
}
