using System.Globalization;

namespace CiCd.Registry.Locking;

/// <summary>Who holds a registry lock, written next to it so a waiting writer can name the holder.</summary>
internal sealed record LockHolder(int Pid, string Host, string User, DateTimeOffset Since)
{
    public static LockHolder Current(DateTimeOffset now) =>
        new(Environment.ProcessId, Environment.MachineName, Environment.UserName, now);

    public override string ToString() =>
        $"pid {Pid} on host {Host} (user {User}) since {Since.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC";
}
