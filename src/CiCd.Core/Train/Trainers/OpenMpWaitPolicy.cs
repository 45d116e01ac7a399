using System.Runtime.InteropServices;

namespace CiCd.Train.Trainers;

/// <summary>
/// Lets LightGBM's OpenMP threads sleep between its parallel regions instead of spinning. On a few hundred rows a
/// boosting iteration is many tiny regions, and libgomp's default policy keeps every idle team thread busy-waiting in
/// between (a profile of `mlops train` on mlops.yaml: most samples in libgomp while LightGBM ran). German credit's 40
/// LightGBM fits alone took 17 s of processor time, 12 s with the passive policy, same models. libgomp reads the
/// variable once, when LightGBM's native library is first loaded, so it is set in the process's native environment
/// before the first LightGBM fit; a policy the user set is kept. The policy changes when threads sleep, not the model.
/// The `mlops` tool sets it first thing in Program (setenv is not thread-safe, and at the first fit training threads
/// run); the trainers call it too, for hosts that never run Program (test hosts, library users).
/// </summary>
public static class OpenMpWaitPolicy
{
    /// <summary>The variable libgomp (Linux) and libomp (macOS) read.</summary>
    public const string Variable = "OMP_WAIT_POLICY";

    private static readonly Lazy<bool> Applied = new(Apply);

    /// <summary>Sets <see cref="Variable"/> to PASSIVE unless already set; once per process; true when the variable is now set.</summary>
    public static bool EnsurePassive() => Applied.Value;

    /// <summary>The variable as native code sees it (Environment.GetEnvironmentVariable reads .NET's own copy).</summary>
    public static string? NativeValue() =>
        OperatingSystem.IsLinux() ? Marshal.PtrToStringUTF8(GetEnv(Variable)) : Environment.GetEnvironmentVariable(Variable);

    // Environment.SetEnvironmentVariable changes only .NET's copy on Unix, which native libraries never see. Windows'
    // LightGBM is built with MSVC's OpenMP, which sleeps after a short spin anyway, and macOS keeps its default here.
    private static bool Apply()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        return SetEnv(Variable, "PASSIVE", overwrite: 0) == 0;
    }

    // DllImport, not LibraryImport: the generated marshalling would need unsafe code allowed in the whole project.
    [DllImport("libc.so.6", EntryPoint = "setenv")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetEnv([MarshalAs(UnmanagedType.LPUTF8Str)] string name, [MarshalAs(UnmanagedType.LPUTF8Str)] string value, int overwrite);

    [DllImport("libc.so.6", EntryPoint = "getenv")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern IntPtr GetEnv([MarshalAs(UnmanagedType.LPUTF8Str)] string name);
}
