using CiCd.Configuration;
using CiCd.Train;

namespace CiCd.Core.Tests.Train;

public sealed class SearchSpaceTests
{
    private static CandidateConfig Candidate(SearchStrategy search, int trials, params (string Name, double[] Values)[] space) =>
        new("light_gbm", search, trials, space.ToDictionary(p => p.Name, p => (IReadOnlyList<double>)p.Values));

    private static readonly (string, double[])[] ThreeByThreeByThree =
        [("number_of_leaves", [4, 8, 16]), ("learning_rate", [0.01, 0.05, 0.1]), ("number_of_iterations", [50, 100, 200])];

    public sealed class TheExpandMethod
    {
        [Fact]
        public void Should_Expand_Every_Combination_Of_A_Grid()
        {
            // Given
            var candidate = Candidate(SearchStrategy.Grid, 1, ("number_of_leaves", [4, 8]), ("learning_rate", [0.01, 0.05, 0.1]));

            // When
            var specs = SearchSpace.Expand(candidate, seed: 1);

            // Then
            Assert.Equal(6, specs.Count);
            Assert.Equal(6, specs.Select(s => s.Id).Distinct().Count());
            Assert.All(specs, s => Assert.Equal(["learning_rate", "number_of_leaves"], s.Parameters.Keys.Order()));
        }

        [Fact]
        public void Should_Ignore_Trials_For_A_Grid()
        {
            // Given
            var candidate = Candidate(SearchStrategy.Grid, 2, ThreeByThreeByThree);

            // When
            var specs = SearchSpace.Expand(candidate, seed: 1);

            // Then
            Assert.Equal(27, specs.Count);
        }

        [Fact]
        public void Should_Draw_As_Many_Distinct_Settings_As_Trials_For_A_Random_Search()
        {
            // Given
            var candidate = Candidate(SearchStrategy.Random, 5, ThreeByThreeByThree);

            // When
            var specs = SearchSpace.Expand(candidate, seed: 1);

            // Then
            Assert.Equal(5, specs.Select(s => s.Id).Distinct().Count());
        }

        [Fact]
        public void Should_Draw_The_Same_Settings_For_The_Same_Seed()
        {
            // Given
            var candidate = Candidate(SearchStrategy.Random, 5, ThreeByThreeByThree);

            // When
            var first = SearchSpace.Expand(candidate, seed: 42).Select(s => s.Id);
            var second = SearchSpace.Expand(candidate, seed: 42).Select(s => s.Id);

            // Then
            Assert.Equal(first, second);
        }

        [Fact]
        public void Should_Draw_Other_Settings_For_Another_Seed()
        {
            // Given
            var candidate = Candidate(SearchStrategy.Random, 5, ThreeByThreeByThree);

            // When
            var first = SearchSpace.Expand(candidate, seed: 42).Select(s => s.Id);
            var second = SearchSpace.Expand(candidate, seed: 43).Select(s => s.Id);

            // Then
            Assert.NotEqual(first, second);
        }

        [Fact]
        public void Should_Take_The_Whole_Grid_When_Trials_Exceed_It()
        {
            // Given
            var candidate = Candidate(SearchStrategy.Random, 50, ("number_of_leaves", [4, 8]));

            // When
            var specs = SearchSpace.Expand(candidate, seed: 1);

            // Then
            Assert.Equal(["light_gbm(number_of_leaves=4)", "light_gbm(number_of_leaves=8)"], specs.Select(s => s.Id));
        }

        [Fact]
        public void Should_Give_One_Default_Setting_For_An_Empty_Space()
        {
            // Given
            var candidate = Candidate(SearchStrategy.Grid, 1);

            // When
            var spec = Assert.Single(SearchSpace.Expand(candidate, seed: 1));

            // Then
            Assert.Equal("light_gbm()", spec.Id);
            Assert.Empty(spec.Parameters);
        }

        [Fact]
        public void Should_Drop_Repeated_Settings()
        {
            // Given
            var candidate = Candidate(SearchStrategy.Grid, 1, ("number_of_leaves", [8, 8]));

            // When
            var specs = SearchSpace.Expand(candidate, seed: 1);

            // Then
            Assert.Single(specs);
        }

        [Fact]
        public void Should_Name_A_Setting_By_Trainer_And_Sorted_Parameters()
        {
            // Given
            var candidate = Candidate(SearchStrategy.Grid, 1, ("number_of_leaves", [8]), ("learning_rate", [0.05]));

            // When
            var spec = Assert.Single(SearchSpace.Expand(candidate, seed: 1));

            // Then
            Assert.Equal("light_gbm(learning_rate=0.05,number_of_leaves=8)", spec.Id);
        }
    }
}
