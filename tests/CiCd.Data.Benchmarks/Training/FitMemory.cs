namespace CiCd.Data.Benchmarks.Training;

/// <summary>
/// The peak resident memory of one step of a process (Linux): writing 5 to /proc/self/clear_refs resets the kernel's
/// high-water mark (VmHWM), so the peak read after the step is the step's own, the data already loaded included.
/// </summary>
internal static class FitMemory
{
    /// <summary>Collects garbage, resets the high-water mark and returns the resident MB the step starts from.</summary>
    public static double Reset()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        // Aggressive: the memory of what was freed (the whole table, once split) is returned to the system too, as
        // Python returns a freed frame's arrays; a plain collection kept it committed and resident (160 MB at 60,000
        // rows), so the fit started from a figure that was not live data.
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        File.WriteAllText("/proc/self/clear_refs", "5");
        return ProcessMemory.ResidentMegabytes();
    }
}
