namespace YuanlingTech.Worker.Security;

/// <summary>What <see cref="FailedLoginLimiter.TryBegin"/> decided about one password check.</summary>
/// <param name="Allowed">The password may be checked.</param>
/// <param name="RetryAfter">When refused: how long until the client's window ends.</param>
/// <param name="FirstRefusal">When refused: the first refusal of this window (worth one log line).</param>
public readonly record struct LoginThrottle(bool Allowed, TimeSpan RetryAfter, bool FirstRefusal);
