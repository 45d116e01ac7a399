using CiCd.Serving.PredictionLog;
using CiCd.Serving.Tests.Fixtures;

namespace CiCd.Serving.Tests.PredictionLog;

public sealed class LoggableRecordsTests
{
    public sealed class TheLeaveOutMethod
    {
        [Fact]
        public void Should_Leave_Out_Only_The_Records_Whose_Score_Or_A_Probability_Is_Not_Finite()
        {
            // Given: a NaN regression value, a NaN probability and an infinite score amid good records, over two chunks
            var (records, kept) = NonFiniteRecords.Create();
            var chunks = new List<PredictionRecord[]> { records[..3], records[3..] };

            // When
            var left = LoggableRecords.LeaveOut(chunks);

            // Then
            Assert.Equal(records.Length - kept.Length, left);
            Assert.Equal(kept, chunks.SelectMany(c => c));
        }

        [Fact]
        public void Should_Keep_A_Chunk_Of_Finite_Records_As_It_Is_And_Remove_One_Left_Empty()
        {
            // Given: a chunk of good records, then one of the non-finite records alone
            var (records, _) = NonFiniteRecords.Create();
            var good = records[..3];
            var chunks = new List<PredictionRecord[]> { good, records[3..6] };

            // When
            var left = LoggableRecords.LeaveOut(chunks);

            // Then: the good chunk is not copied
            Assert.Equal(3, left);
            Assert.Same(good, Assert.Single(chunks));
        }
    }
}
