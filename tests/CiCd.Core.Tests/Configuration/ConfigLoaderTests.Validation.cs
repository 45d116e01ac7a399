using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Testing;

namespace CiCd.Core.Tests.Configuration;

public sealed partial class ConfigLoaderTests
{
    public sealed partial class TheParseMethod
    {
        public sealed class TheValidationSection
        {
            [Fact]
            public void Should_Use_The_Validation_Missing_Share_As_The_Column_Default()
            {
                // Given
                var builder = new ConfigBuilder().Validation("max_missing_share", "0.25");

                // When
                var columns = builder.Parse().Dataset.Columns;

                // Then
                Assert.All(columns, c => Assert.Equal(0.25, c.MaxMissingShare));
            }

            [Fact]
            public void Should_Let_A_Column_Override_The_Missing_Share()
            {
                // Given
                var builder = new ConfigBuilder().Validation("max_missing_share", "0").Column("x", "{ kind: numeric, missing: allow }");

                // When
                var x = builder.Parse().Dataset.Columns.Single(c => c.Name == "x");

                // Then
                Assert.Equal(1, x.MaxMissingShare);
            }

            [Fact]
            public void Should_Reject_A_Default_Missing_Share_Above_One()
            {
                // Given
                var builder = new ConfigBuilder().Validation("max_missing_share", "1.5");

                // When
                var error = Record.Exception(() => builder.Parse());

                // Then
                Assert.IsType<InputException>(error);
            }

            [Fact]
            public void Should_Reject_A_Row_Minimum_Above_The_Maximum()
            {
                // Given
                var builder = new ConfigBuilder().Validation("rows", "{ min: 100, max: 10 }");

                // When
                var error = Record.Exception(() => builder.Parse());

                // Then
                Assert.IsType<InputException>(error);
            }
        }
    }
}
