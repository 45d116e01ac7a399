namespace CiCd.Cli.Tests.Fixtures;

/// <summary>
/// Tests that set process environment variables (read by `mlops serve` in process): they run alone, after the
/// parallel ones, so no other test sees their variables.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironment
{
    public const string Name = "process environment";

    /// <summary>Sets <paramref name="name"/> until the result is disposed, then puts back what was there.</summary>
    public static IDisposable Set(string name, string? value) => new Variable(name, value);

    private sealed class Variable : IDisposable
    {
        private readonly string _name;
        private readonly string? _before;

        public Variable(string name, string? value)
        {
            _name = name;
            _before = Environment.GetEnvironmentVariable(name);
            Environment.SetEnvironmentVariable(name, value);
        }

        public void Dispose() => Environment.SetEnvironmentVariable(_name, _before);
    }
}
