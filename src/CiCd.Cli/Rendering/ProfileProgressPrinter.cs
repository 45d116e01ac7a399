using System.Diagnostics;
using CiCd.Data.Profiling;
using CiCd.Formats;
using Spectre.Console;

namespace CiCd.Cli.Rendering;

/// <summary>Says how far a long profile is, at most every two seconds (a short one prints nothing).</summary>
internal sealed class ProfileProgressPrinter(IAnsiConsole console) : IProgress<ProfileProgress>
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(2);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _last = TimeSpan.Zero;

    public void Report(ProfileProgress value)
    {
        if (_clock.Elapsed - _last >= Every)
        {
            _last = _clock.Elapsed;
            console.MarkupLine($"[grey]profiled {value.Done}/{value.Total} {Counted.Noun(value.Total, "column")} ({ConsoleText.Escape(value.Column)}), {_clock.Elapsed.TotalSeconds:0}s[/]");
        }
    }
}
