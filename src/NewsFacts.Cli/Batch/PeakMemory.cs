using System.Diagnostics;
using System.Globalization;

namespace NewsFacts.Cli.Batch;

/// <summary>The peak resident set size of this process (VmHWM on Linux, the peak working set elsewhere).</summary>
internal static class PeakMemory
{
    /// <summary>Peak resident memory in bytes.</summary>
    public static long Bytes()
    {
        try
        {
            const string status = "/proc/self/status";
            if (File.Exists(status))
            {
                foreach (string line in File.ReadLines(status))
                {
                    if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    {
                        return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) * 1024;
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
