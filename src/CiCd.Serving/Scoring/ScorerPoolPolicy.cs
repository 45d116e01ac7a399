using Microsoft.Extensions.ObjectPool;

namespace CiCd.Serving.Scoring;

/// <summary>Creates scorers for one loaded model; every scorer can be reused, so all are kept.</summary>
internal sealed class ScorerPoolPolicy(Func<IScorer> create) : PooledObjectPolicy<IScorer>
{
    public override IScorer Create() => create();

    public override bool Return(IScorer obj) => true;
}
