using System.Diagnostics;
using System.Globalization;

namespace YuanlingTech.Bench;

/// <summary>
/// Starts <c>dotnet YuanlingTech.Worker.dll &lt;verb&gt;</c> as a child process pointed at the simulator and one
/// warehouse database, logs its output to a file and samples its peak RSS from <c>/proc/&lt;pid&gt;/status</c>.
/// </summary>
internal sealed class WorkerProcess(string workerDll, Uri simulator, string logFolder)
{
    public async Task<WorkerRun> RunAsync(
        string label, string connectionString, string inboxFolder, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(workerDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__Warehouse"] = connectionString;
        start.Environment["Sources__kjt-hnte__ListUrl"] = new Uri(simulator, "kjt/xxgk/tzgg/index.html").ToString();
        start.Environment["Sources__kjt-hnte__NationalListUrl"] = new Uri(simulator, "gqrdw/hunan/list_gsgg_l3.shtml").ToString();
        start.Environment["Sources__kjt-techsme__ListUrl"] = new Uri(simulator, "kjt/xxgk/tzgg/index.html").ToString();
        start.Environment["Sources__market-contracts__BaseUrl"] = new Uri(simulator, "market/").ToString();
        start.Environment["Sources__kv-loans__ApiUrl"] = new Uri(simulator, "kvloan/api/loans").ToString();
        start.Environment["Sources__kv-loans__ExportIndexUrl"] = new Uri(simulator, "kvloan/export/index.json").ToString();
        start.Environment["Sources__manual__InboxFolder"] = inboxFolder;

        Directory.CreateDirectory(logFolder);
        await using var log = new StreamWriter(Path.Combine(logFolder, label + ".log"), append: false) { AutoFlush = false };
        var gate = new Lock();
        void Write(string? line)
        {
            if (line is not null)
            {
                lock (gate)
                {
                    log.WriteLine(line);
                }
            }
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        long peak = 0;
        var exited = process.WaitForExitAsync(cancellationToken);
        while (!exited.IsCompleted)
        {
            peak = Math.Max(peak, ReadHighWaterMark(process.Id));
            await Task.WhenAny(exited, Task.Delay(100, cancellationToken));
        }

        await exited;
        watch.Stop();
        return new WorkerRun(process.ExitCode, watch.Elapsed, peak);
    }

    /// <summary>VmHWM in bytes; 0 once the process is gone.</summary>
    private static long ReadHighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process exited between two samples.
        }

        return 0;
    }
}
