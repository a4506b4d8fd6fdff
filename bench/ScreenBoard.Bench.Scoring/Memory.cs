using System.Diagnostics;
using System.Globalization;

namespace ScreenBoard.Bench.Scoring;

/// <summary>The process's peak resident memory, from Linux's /proc (falls back to <see cref="Process.PeakWorkingSet64"/>).</summary>
internal static class Memory
{
    /// <summary>VmHWM ("high water mark" of the resident set) in MB.</summary>
    public static double PeakWorkingSetMb()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null)
            {
                var kb = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kb / 1024.0;
            }
        }

        return Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
    }

    /// <summary>Resets VmHWM to the current resident set (Linux: write 5 to /proc/self/clear_refs), so a later peak covers only what follows.</summary>
    public static bool TryResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }
}
