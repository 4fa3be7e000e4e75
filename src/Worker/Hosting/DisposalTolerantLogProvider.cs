using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace YuanlingTech.Worker.Hosting;

/// <summary>
/// Hangfire keeps its log provider in a static: when a host is disposed and another is built in the same process (the
/// verbs' tool hosts, tests), Hangfire may still ask the first host's disposed logger factory. Such a request gets a
/// silent logger instead of an <see cref="ObjectDisposedException"/>.
/// </summary>
public sealed class DisposalTolerantLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(loggerFactory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return SilentLog.Instance;
        }
    }

    private sealed class SilentLog : ILog
    {
        public static SilentLog Instance { get; } = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
