using Microsoft.Extensions.ObjectPool;

namespace CiCd.Serving.Scoring;

/// <summary>Creates scorers for one loaded model; every scorer can be reused, so all are kept.</summary>
internal sealed class ScorerPoolPolicy(Func<RowScorer> create) : PooledObjectPolicy<RowScorer>
{
    public override RowScorer Create() => create();

    public override bool Return(RowScorer obj) => true;
}
