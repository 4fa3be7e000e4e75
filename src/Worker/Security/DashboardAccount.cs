namespace YuanlingTech.Worker.Security;

/// <summary>One dashboard login, bound from <c>Dashboard:Admin</c> or <c>Dashboard:Reader</c>.</summary>
public sealed class DashboardAccount
{
    /// <summary>User name; empty = the account is off.</summary>
    public string? User { get; set; }

    /// <summary>Password hash made by <see cref="DashboardPasswordHasher"/> (or the Python one-liner in README).</summary>
    public string? PasswordHash { get; set; }

    /// <summary>Plain password; accepted only from the environment (<c>Dashboard__Admin__Password</c>), never from a file.</summary>
    public string? Password { get; set; }

    public bool IsConfigured => !string.IsNullOrEmpty(User);
}
