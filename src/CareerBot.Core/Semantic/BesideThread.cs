using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace CareerBot.Core.Semantic;

/// <summary>
/// One long-lived thread for work that runs beside an answer (the words the scope check may weigh, embedded while the
/// question is), kept off the caller's core on Linux. Measured on the 2-core VM: after the bot idles between questions, a
/// pool thread woken for such work was put on the caller's own core 60-78% of the time and started only 2-2.5 ms later,
/// when the caller's model run let it (so the two runs took turns); a thread allowed only on the other core started after
/// 0.2 ms. Elsewhere, or when the machine has one core, it is a plain thread. Work that has not begun can always be run by
/// whoever needs its result first (<see cref="SemanticIndex"/> keeps it behind a <see cref="Lazy{T}"/>).
/// </summary>
internal sealed class BesideThread
{
    private readonly BlockingCollection<Action> _work = [];
    private int _threadId;
    private ulong _allowed;

    private BesideThread()
    {
        new Thread(Loop) { IsBackground = true, Name = "careerbot-beside" }.Start();
    }

    /// <summary>The process's one such thread.</summary>
    public static BesideThread Shared { get; } = new();

    /// <summary>Runs the work on the thread, on a core other than the caller's where it can.</summary>
    public void Post(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        KeepOffTheCallersCore();
        _work.Add(work);
    }

    private void Loop()
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                var allowed = 0UL;
                if (Native.sched_getaffinity(0, sizeof(ulong), ref allowed) == 0 && ulong.PopCount(allowed) > 1)
                {
                    Volatile.Write(ref _allowed, allowed);
                    Volatile.Write(ref _threadId, Native.gettid());
                }
            }
#pragma warning disable CA1031 // Without the calls (another C library), the thread runs wherever the system puts it.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }

        foreach (var work in _work.GetConsumingEnumerable())
        {
            try
            {
                work();
            }
#pragma warning disable CA1031 // The work's owner sees its failure when it asks for the result; the thread goes on.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }

    private void KeepOffTheCallersCore()
    {
        var thread = Volatile.Read(ref _threadId);
        if (thread == 0)
        {
            return;
        }

        try
        {
            var cpu = Native.sched_getcpu();
            if (cpu is < 0 or >= 64)
            {
                return;
            }

            var allowed = Volatile.Read(ref _allowed);
            var others = allowed & ~(1UL << cpu);
            _ = Native.sched_setaffinity(thread, sizeof(ulong), ref others); // best effort: on failure it runs where it may
        }
#pragma warning disable CA1031 // A C library without these calls: stop trying, the thread runs wherever the system puts it.
        catch (Exception)
#pragma warning restore CA1031
        {
            Volatile.Write(ref _threadId, 0);
        }
    }

    private static class Native
    {
        [DllImport("libc")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int sched_getcpu();

        [DllImport("libc")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int gettid();

        [DllImport("libc")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int sched_getaffinity(int pid, nuint size, ref ulong mask);

        [DllImport("libc")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int sched_setaffinity(int pid, nuint size, ref ulong mask);
    }
}
