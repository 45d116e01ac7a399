using CiCd.Errors;

namespace CiCd.Registry.Aliases;

/// <summary>
/// Reads an alias's history as a stack: a promotion pushes a version, a rollback pops one. Rolling
/// back twice therefore goes two steps back instead of bouncing between the last two versions.
/// </summary>
internal static class AliasHistory
{
    public static int RollbackTarget(string model, string alias, IEnumerable<AliasChange> history)
    {
        var held = new Stack<int>();
        foreach (var change in history.Where(c => c.Alias == alias))
        {
            if (change.Kind == AliasChangeKind.Promote)
            {
                held.Push(change.To);
            }
            else if (held.Count > 0)
            {
                held.Pop();
            }
        }
        if (held.Count < 2)
        {
            throw new InputException($"model '{model}': alias '{alias}' has no earlier version to roll back to");
        }
        held.Pop();
        return held.Peek();
    }
}
