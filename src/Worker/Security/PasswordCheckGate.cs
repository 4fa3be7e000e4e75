namespace YuanlingTech.Worker.Security;

/// <summary>
/// Bounds how many password checks (PBKDF2, a core for a fraction of a second each) run at once in the process, so a
/// flood of logins leaves the other cores to the health endpoints and the Hangfire workers.
/// </summary>
public sealed class PasswordCheckGate(int concurrency) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(concurrency, concurrency);

    /// <summary>Runs <paramref name="check"/> in a free slot; <c>Ran</c> is false when none freed within <paramref name="wait"/>.</summary>
    public async Task<(bool Ran, T Result)> RunAsync<T>(Func<T> check, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (!await _slots.WaitAsync(wait, cancellationToken))
        {
            return (false, default!);
        }

        try
        {
            return (true, check());
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
