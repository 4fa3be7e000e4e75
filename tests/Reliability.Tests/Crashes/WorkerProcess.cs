using System.Diagnostics;
using System.Text;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Reliability.Tests.Crashes;

/// <summary>
/// The worker executable (<c>YuanlingTech.Worker.dll</c>, copied next to the tests) as a child process, configured
/// only through environment variables, its output kept for failure messages.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private WorkerProcess(Process process, string name)
    {
        _process = process;
        Name = name;
    }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static WorkerProcess Start(string name, IReadOnlyDictionary<string, string?> configuration, params string[] arguments)
    {
        var start = WorkerExecutable.StartInfo(configuration, arguments);

        var process = new Process { StartInfo = start };
        var worker = new WorkerProcess(process, name);
        process.OutputDataReceived += (_, e) => worker.Append(e.Data);
        process.ErrorDataReceived += (_, e) => worker.Append(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"worker {name} did not start");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>SIGKILL: no shutdown hooks, no finally blocks, sockets closed by the kernel.</summary>
    public async Task KillAsync(CancellationToken cancellationToken)
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }

        await _process.WaitForExitAsync(cancellationToken);
    }

    /// <summary>Sends a signal (<c>INT</c> as Ctrl-C in a terminal, <c>TERM</c> as systemd's stop) and returns the exit code.</summary>
    public async Task<int> SignalAsync(string signal, CancellationToken cancellationToken)
    {
        using (var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(cancellationToken);
        }

        await _process.WaitForExitAsync(cancellationToken);
        return _process.ExitCode;
    }

    /// <summary>The last lines of output, for assertion messages.</summary>
    public string Tail(int lines = 40) =>
        $"--- worker {Name} ---\n" + string.Join('\n', Output.Split('\n').TakeLast(lines));

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
