using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Monitoring.Policy;

namespace CiCd.Monitoring.Tests.Policy;

/// <summary>The drift section of mlops.yaml, read by ConfigLoader and mapped onto the policy by <see cref="DriftPolicyConfig.ToPolicy"/>.</summary>
public sealed class DriftPolicyConfigTests
{
    public sealed class TheToPolicyMethod
    {
        private static MlopsConfig Parse(string drift) => ConfigLoader.Parse("/tmp/mlops.yaml", TinyConfig.Text(drift));

        private static InputException Fails(string drift) => Assert.Throws<InputException>(() => Parse(drift).Drift.ToPolicy());

        private static int LineOf(string drift, string text) =>
            TinyConfig.Text(drift).Split('\n').ToList().FindIndex(l => l.TrimStart().StartsWith(text, StringComparison.Ordinal)) + 1;

        [Fact]
        public void Should_Map_Every_Setting_And_Column_Override_Onto_The_Policy()
        {
            // Given
            const string drift = """
                drift:
                  share: 0.3
                  p_value: 0.01
                  distance: 0.2
                  psi_bands: [0.15, 0.3]
                  min_current_sample: 250
                  columns:
                    age: { test: psi, threshold: 0.2 }
                    foreign_worker: { ignore: true }

                """;

            // When
            var config = Parse(drift);
            var policy = config.Drift.ToPolicy();

            // Then
            Assert.Equal((0.3, 0.01, 0.2, 0.15, 0.3, 250), (policy.DriftShare, policy.PValueThreshold, policy.DistanceThreshold, policy.PsiModerate, policy.PsiMajor, policy.MinCurrentSample));
            Assert.Equal(DriftTest.Psi, policy.Columns["age"].Test);
            Assert.Equal(0.2, policy.Columns["age"].Threshold);
            Assert.True(policy.Columns["foreign_worker"].Ignore);
        }

        [Fact]
        public void Should_Keep_The_Documented_Defaults_Without_A_Drift_Section()
        {
            // When
            var policy = Parse("").Drift.ToPolicy();

            // Then
            Assert.Equal(new DriftPolicy() with { Columns = policy.Columns }, policy);
            Assert.Equal(DriftResponse.Issue, Parse("").Monitor.OnDrift);
        }

        [Fact]
        public void Should_Read_The_Shipped_Config()
        {
            // When
            var config = ConfigLoader.Load(RepositoryRoot.PathOf("mlops.yaml"));

            // Then
            Assert.Equal(200, config.Drift.ToPolicy().MinCurrentSample);
        }

        [Fact]
        public void Should_Reject_An_Unknown_Key_With_Its_Line_And_Column()
        {
            // Given
            const string drift = "drift:\n  share: 0.5\n  treshold: 0.1\n";

            // When
            var error = Assert.Throws<InputException>(() => Parse(drift));

            // Then
            Assert.Equal((LineOf(drift, "treshold"), 3), (error.Line, error.Column));
            Assert.Contains("unknown key 'drift.treshold'", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_Text_Where_A_Number_Belongs()
        {
            // Given
            const string drift = "drift:\n  p_value: low\n";

            // When
            var error = Assert.Throws<InputException>(() => Parse(drift));

            // Then
            Assert.Equal(LineOf(drift, "p_value: low"), error.Line);
            Assert.Contains("'drift.p_value' must be a number, found 'low'", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_An_Out_Of_Range_Share_At_Its_Line_And_Column()
        {
            // Given
            const string drift = "drift:\n  share: 0\n";

            // When
            var error = Fails(drift);

            // Then
            Assert.Equal((LineOf(drift, "share: 0"), 10), (error.Line, error.Column));
            Assert.Contains("drift.share: expected a share in (0, 1]", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Name_The_Known_Tests_When_A_Column_Asks_For_Another()
        {
            // Given
            const string drift = "drift:\n  columns:\n    age: { test: anderson }\n";

            // When
            var error = Fails(drift);

            // Then
            Assert.Equal(LineOf(drift, "age: { test: anderson"), error.Line);
            Assert.Contains("'anderson' is not a drift test; expected one of ks, chisquare, z, wasserstein, jensenshannon, psi", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_P_Value_Threshold_Outside_Zero_And_One()
        {
            // Given
            const string drift = "drift:\n  columns:\n    age: { test: ks, threshold: 5 }\n";

            // When
            var error = Fails(drift);

            // Then
            Assert.Equal(LineOf(drift, "age: { test: ks"), error.Line);
            Assert.Contains("drift.columns.age.threshold: expected a p-value in (0, 1)", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_An_Action_On_Red_In_The_Drift_Section()
        {
            // Given
            const string drift = "drift:\n  on_red: page_someone\n";

            // When
            var error = Assert.Throws<InputException>(() => Parse(drift));

            // Then
            // What happens on red is monitor.on_drift's to say, once; a second key could only disagree with it.
            Assert.Contains("unknown key 'drift.on_red'", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Column_Override_That_Sets_Nothing()
        {
            // Given
            const string drift = "drift:\n  columns:\n    age: {}\n";

            // When
            var error = Assert.Throws<InputException>(() => Parse(drift));

            // Then
            Assert.Contains("'drift.columns.age' needs 'test', 'threshold' or 'ignore: true'", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_Psi_Bands_That_Are_Not_A_Pair()
        {
            // Given
            const string drift = "drift:\n  psi_bands: [0.1]\n";

            // When
            var error = Assert.Throws<InputException>(() => Parse(drift));

            // Then
            Assert.Contains("'drift.psi_bands' must list two numbers", error.Message, StringComparison.Ordinal);
        }
    }
}
