using System.Diagnostics;
using System.Text;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Observability;

/// <summary>The worker executable as a child process configured through environment variables; stdout and stderr kept apart.</summary>
public sealed class WorkerChild : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private WorkerChild(Process process) => _process = process;

    public int Id => _process.Id;

    public int ExitCode => _process.ExitCode;

    public string Stdout => Read(_stdout);

    public string Stderr => Read(_stderr);

    public static WorkerChild Start(IReadOnlyDictionary<string, string?> configuration, params string[] arguments)
    {
        var start = WorkerExecutable.StartInfo(configuration, arguments);

        var child = new WorkerChild(new Process { StartInfo = start });
        child._process.OutputDataReceived += (_, e) => Append(child._stdout, e.Data);
        child._process.ErrorDataReceived += (_, e) => Append(child._stderr, e.Data);
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Runs to the end (at most <paramref name="timeout"/>) and returns the exit code.</summary>
    public static async Task<WorkerChild> RunAsync(
        IReadOnlyDictionary<string, string?> configuration, TimeSpan timeout, CancellationToken cancellationToken, params string[] arguments)
    {
        var child = Start(configuration, arguments);
        Assert.True(await child.WaitForExitAsync(timeout, cancellationToken), $"worker {string.Join(' ', arguments)} did not end\n{child.Tail()}");
        return child;
    }

    /// <summary>True when the process ended within <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
            _process.WaitForExit();
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>SIGTERM, as systemd and docker stop send it.</summary>
    public async Task TerminateAsync(CancellationToken cancellationToken)
    {
        using var kill = Process.Start("kill", ["-TERM", Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync(cancellationToken);
    }

    public string Tail(int lines = 40) => string.Join('\n', (Stdout + Stderr).Split('\n').TakeLast(lines));

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is not null)
        {
            lock (text)
            {
                text.Append(line).Append('\n');
            }
        }
    }

    private static string Read(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }
}
