using System.Diagnostics;
using System.Text.Json;

namespace CiCd.Benchmarks;

/// <summary>Runs a scikit-learn peer script with Debian's python and reads the JSON line it prints last.</summary>
internal static class SklearnPeer
{
    public static JsonElement Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("/usr/bin/python3", [Path.Combine(AppContext.BaseDirectory, script), .. arguments]) { RedirectStandardOutput = true };
        // One thread: the data sets are small, and OpenMP workers (histogram gradient boosting) spinning on a shared
        // machine inflate the fit seconds and starve the other side.
        start.Environment["OMP_NUM_THREADS"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine($"scikit-learn peer {script} failed: install Debian's python3-sklearn (apt-get install python3-sklearn)");
            return JsonDocument.Parse("{}").RootElement;
        }
        return JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement;
    }
}
