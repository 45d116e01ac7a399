using CiCd.Errors;

namespace CiCd.Configuration;

/// <summary>
/// Collects independent config errors so one run reports them all: a part that fails is recorded and skipped,
/// the reading goes on, and the loader throws once at the end with every error on its own line.
/// </summary>
internal sealed class ConfigErrors
{
    private readonly List<InputException> _errors = [];

    public int Count => _errors.Count;

    public void Add(InputException error) => _errors.Add(error);

    /// <summary>Runs <paramref name="read"/>; on an input error records it and returns null.</summary>
    public T? Try<T>(Func<T?> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (InputException e)
        {
            _errors.Add(e);
            return null;
        }
    }

    /// <summary>Runs <paramref name="check"/>; on an input error records it and returns false.</summary>
    public bool Check(Action check)
    {
        try
        {
            check();
            return true;
        }
        catch (InputException e)
        {
            _errors.Add(e);
            return false;
        }
    }

    /// <summary>
    /// Throws when anything was recorded: a single error as it was raised; several as one error placed at the first
    /// (so callers reading its position still see where reading used to stop) that lists each as file:line:column.
    /// </summary>
    public void ThrowIfAny()
    {
        if (_errors.Count == 1)
        {
            throw _errors[0];
        }
        if (_errors.Count > 1)
        {
            var first = _errors[0];
            var rest = string.Join("\n", _errors.Skip(1).Select(e => e.Message));
            throw new InputException(first.File, first.Line, first.Column,
                $"{first.Problem}\n{rest}\n({_errors.Count} config errors; fix them all before the next run)", first);
        }
    }
}
