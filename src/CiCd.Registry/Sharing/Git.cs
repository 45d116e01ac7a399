using System.Diagnostics;
using CiCd.Errors;

namespace CiCd.Registry.Sharing;

/// <summary>Runs git plumbing with extra environment (a private index, credentials) and hands back its output.</summary>
internal sealed class Git(string workingDirectory, IReadOnlyDictionary<string, string> environment)
{
    public string WorkingDirectory => workingDirectory;

    public IReadOnlyDictionary<string, string> Environment => environment;

    /// <summary>Runs git; its exit code and standard error come back for the caller to judge.</summary>
    public GitOutput Try(params string[] arguments)
    {
        using var output = new MemoryStream();
        var (exitCode, error) = Start(arguments, output);
        return new GitOutput(exitCode, System.Text.Encoding.UTF8.GetString(output.ToArray()).Trim(), error.Trim());
    }

    /// <summary>Runs git and returns its trimmed standard output; a non-zero exit throws with git's own message.</summary>
    public string Run(params string[] arguments)
    {
        var result = Try(arguments);
        return result.ExitCode == 0 ? result.Output
            : throw new MlopsException($"git {string.Join(' ', arguments)} failed in {workingDirectory}: {result.Error}");
    }

    /// <summary>Runs git and copies its standard output (binary, e.g. an archive) into <paramref name="destination"/>.</summary>
    public void RunInto(Stream destination, params string[] arguments)
    {
        var (exitCode, error) = Start(arguments, destination);
        if (exitCode != 0)
        {
            throw new MlopsException($"git {string.Join(' ', arguments)} failed in {workingDirectory}: {error.Trim()}");
        }
    }

    private (int ExitCode, string Error) Start(string[] arguments, Stream output)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        // A credential prompt would hang a CI job; a missing credential must fail at once.
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            return (process.ExitCode, error.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new MlopsException("git is not installed; the shared registry is kept on a git branch", ExitCodes.InputError, e);
        }
    }
}
