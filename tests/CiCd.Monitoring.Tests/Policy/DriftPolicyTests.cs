using CiCd.Errors;
using CiCd.Monitoring.Policy;

namespace CiCd.Monitoring.Tests.Policy;

public sealed class DriftPolicyTests
{
    public sealed class TheBandOfMethod
    {
        [Theory]
        [InlineData(0.0, PsiBand.Stable)]
        [InlineData(0.0999, PsiBand.Stable)]
        [InlineData(0.1, PsiBand.Moderate)]
        [InlineData(0.2499, PsiBand.Moderate)]
        [InlineData(0.25, PsiBand.Major)]
        public void Should_Read_Psi_Bands_With_Inclusive_Lower_Bounds(double psi, PsiBand band)
        {
            // When
            var actual = new DriftPolicy().BandOf(psi);

            // Then
            Assert.Equal(band, actual);
        }
    }

    public sealed class TheValidateMethod
    {
        [Fact]
        public void Should_Accept_The_Defaults()
        {
            // When
            var error = Record.Exception(() => new DriftPolicy().Validate("mlops.yaml"));

            // Then
            Assert.Null(error);
        }

        [Theory]
        [InlineData(0.0)]
        [InlineData(1.5)]
        public void Should_Reject_A_Share_Outside_Zero_To_One(double share)
        {
            // When
            var error = Record.Exception(() => new DriftPolicy { DriftShare = share }.Validate("mlops.yaml"));

            // Then
            var input = Assert.IsType<InputException>(error);
            Assert.Equal("mlops.yaml", input.File);
            Assert.Contains("drift.share", input.Message);
        }

        [Fact]
        public void Should_Reject_A_P_Value_Threshold_Above_One_On_A_Column()
        {
            // Given
            var policy = new DriftPolicy
            {
                Columns = new Dictionary<string, ColumnDriftOptions> { ["age"] = new() { Test = DriftTest.ChiSquare, Threshold = 5 } },
            };

            // When
            var error = Record.Exception(() => policy.Validate("mlops.yaml"));

            // Then
            Assert.Contains("drift.columns.age.threshold", Assert.IsType<InputException>(error).Message);
        }

        [Fact]
        public void Should_Reject_Psi_Bands_Out_Of_Order()
        {
            // When
            var error = Record.Exception(() => new DriftPolicy { PsiModerate = 0.3, PsiMajor = 0.2 }.Validate("mlops.yaml"));

            // Then
            Assert.Contains("drift.psi_bands", Assert.IsType<InputException>(error).Message);
        }
    }
}
