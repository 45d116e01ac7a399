using System.Diagnostics;

namespace CiCd.Testing.Docker;

/// <summary>Polls a condition until it holds or the time is up; no fixed sleeps.</summary>
public static class Deadline
{
    public static void WaitFor(Func<bool> condition, TimeSpan timeout, Func<string> failure)
    {
        var clock = Stopwatch.StartNew();
        var pause = 10;
        while (!condition())
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException(failure());
            }
            Thread.Sleep(pause);
            pause = Math.Min(pause * 2, 200);
        }
    }
}
