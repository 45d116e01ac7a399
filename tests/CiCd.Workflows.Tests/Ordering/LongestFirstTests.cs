namespace CiCd.Workflows.Tests.Ordering;

public static class LongestFirstTests
{
    public sealed class TheOrderMethod
    {
        [Fact]
        public void Should_Start_The_Promotion_Test_Then_The_Other_Long_Ones_Before_The_Rest_In_Their_Order()
        {
            // Given: the collections as xunit found them, the long ones last
            string[] found = ["Test collection for A", "Test collection for B", .. LongestFirst.Longest.Reverse()];

            // When
            var ordered = LongestFirst.Order(found, name => name).ToList();

            // Then
            Assert.Equal([.. LongestFirst.Longest, "Test collection for A", "Test collection for B"], ordered);
            Assert.Equal(Promotion.PromotionEngine.Name, ordered[0]);
        }

        [Fact]
        public void Should_Name_Only_Collections_That_Exist()
        {
            // Given: every collection of this assembly, as xunit names them (a named collection, else one per class)
            var names = typeof(LongestFirst).Assembly.GetTypes()
                .Where(type => type.GetMethods().Any(method => method.GetCustomAttributes(typeof(FactAttribute), inherit: true).Length > 0))
                .Select(type => type.GetCustomAttributesData().SingleOrDefault(a => a.AttributeType == typeof(CollectionAttribute)) is { } collection
                    ? (string)collection.ConstructorArguments[0].Value!
                    : $"Test collection for {type.FullName}")
                .ToHashSet(StringComparer.Ordinal);

            // When
            var missing = LongestFirst.Longest.Where(name => !names.Contains(name));

            // Then: a renamed test class would otherwise drop back to the end without a word
            Assert.Empty(missing);
        }
    }
}
