using System.Globalization;

namespace ScreenBoard.Bench.Kiosk;

/// <summary>CPU time from Linux's /proc: the whole machine (/proc/stat) and one process (/proc/PID/stat), in clock ticks.</summary>
internal readonly record struct CpuUsage(long MachineBusy, long MachineTotal, long Process)
{
    public static CpuUsage Read(int pid)
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var total = cpu.Take(8).Sum();
        var idle = cpu[3] + cpu[4];
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var process = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return new CpuUsage(total - idle, total, process);
    }

    /// <summary>"machine busy x %, server y % of the machine" between two readings.</summary>
    public static string Between(CpuUsage from, CpuUsage to)
    {
        var total = Math.Max(1, to.MachineTotal - from.MachineTotal);
        return $"machine busy {100.0 * (to.MachineBusy - from.MachineBusy) / total:F0} % of {Environment.ProcessorCount} cores, the server {100.0 * (to.Process - from.Process) / total:F0} %";
    }
}
