using CiCd.Errors;
using CiCd.Registry.Aliases;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CiCd.Registry.Tests.Aliases;

public static class AliasHistoryTests
{
    public sealed class TheRollbackTargetMethod
    {
        private const string Production = ModelAliases.Production;

        [Property]
        public Property Should_Walk_Back_One_Promotion_Per_Rollback()
        {
            var cases =
                from promotions in Gen.Choose(2, 12)
                from rollbacks in Gen.Choose(1, promotions - 1)
                select (promotions, rollbacks);
            return Prop.ForAll(cases.ToArbitrary(), c =>
            {
                // Given
                var history = Enumerable.Range(1, c.promotions).Select(v => Change(AliasChangeKind.Promote, v)).ToList();

                // When
                for (var i = 0; i < c.rollbacks; i++)
                {
                    history.Add(Change(AliasChangeKind.Rollback, AliasHistory.RollbackTarget("credit", Production, history)));
                }

                // Then
                return history[^1].To == c.promotions - c.rollbacks;
            });
        }

        [Fact]
        public void Should_Ignore_The_History_Of_Other_Aliases()
        {
            // Given
            AliasChange[] history =
            [
                Change(AliasChangeKind.Promote, 1),
                Change(AliasChangeKind.Promote, 2) with { Alias = ModelAliases.Development },
                Change(AliasChangeKind.Promote, 3),
            ];

            // When
            var target = AliasHistory.RollbackTarget("credit", Production, history);

            // Then
            Assert.Equal(1, target);
        }

        [Fact]
        public void Should_Refuse_Once_Every_Promotion_Was_Rolled_Back()
        {
            // Given
            AliasChange[] history = [Change(AliasChangeKind.Promote, 1), Change(AliasChangeKind.Promote, 2), Change(AliasChangeKind.Rollback, 1)];

            // When
            var error = Assert.Throws<InputException>(() => AliasHistory.RollbackTarget("credit", Production, history));

            // Then
            Assert.Contains("no earlier version", error.Message);
        }

        private static AliasChange Change(AliasChangeKind kind, int to) =>
            new(Production, kind, null, to, TickingClock.Start, "ada", kind.ToString());
    }
}
