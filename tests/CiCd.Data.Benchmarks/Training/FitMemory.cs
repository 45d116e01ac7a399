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
        GC.Collect();
        File.WriteAllText("/proc/self/clear_refs", "5");
        return ProcessMemory.ResidentMegabytes();
    }
}
