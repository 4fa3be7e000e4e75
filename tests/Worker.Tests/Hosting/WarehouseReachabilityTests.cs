using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Hosting;

/// <summary>The wait of <c>run</c> for its database: one line per failed probe, naming the server without the password.</summary>
public sealed class WarehouseReachabilityTests
{
    private const string Unreachable = "Host=127.0.0.1;Port=1;Username=postgres;Password=not-to-be-printed;Database=yuanling";

    [Fact]
    public async Task WaitAsync_PrintsOneLinePerAttemptNamingTheServer_UntilCancelled_WhenNothingListens()
    {
        var ct = TestContext.Current.CancellationToken;
        var console = new LineCountingWriter(stopAfter: 3);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => WarehouseReachability.WaitAsync(Unreachable, console, TimeSpan.FromMilliseconds(100), console.Stop(ct)));

        Assert.Equal(3, console.Lines.Count);
        Assert.All(console.Lines, line => Assert.StartsWith(
            "the warehouse database is unreachable (Host=127.0.0.1;Port=1;Database=yuanling): ", line, StringComparison.Ordinal));
        Assert.All(console.Lines, line => Assert.EndsWith("; retrying in 0.1 s (Ctrl-C stops)", line, StringComparison.Ordinal));
        Assert.DoesNotContain(console.Lines, line => line.Contains("not-to-be-printed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WaitAsync_ReturnsSilently_WhenTheServerAnswersButTheDatabaseIsMissing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync("reachability", ct);
        var missing = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "yt_never_created" }.ConnectionString;
        using var console = new StringWriter();

        await WarehouseReachability.WaitAsync(missing, console, TimeSpan.FromSeconds(5), ct);

        Assert.Empty(console.ToString());
    }

    /// <summary>Keeps the lines written and cancels once it has <c>stopAfter</c> of them.</summary>
    private sealed class LineCountingWriter(int stopAfter) : StringWriter
    {
        private CancellationTokenSource? _stop;

        public List<string> Lines { get; } = [];

        public CancellationToken Stop(CancellationToken cancellationToken)
        {
            _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            return _stop.Token;
        }

        public override Task WriteLineAsync(string? value)
        {
            Lines.Add(value ?? string.Empty);
            if (Lines.Count == stopAfter)
            {
                _stop?.Cancel();
            }

            return Task.CompletedTask;
        }

        protected override void Dispose(bool disposing)
        {
            _stop?.Dispose();
            base.Dispose(disposing);
        }
    }
}
