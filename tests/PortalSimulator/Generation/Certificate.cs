namespace YuanlingTech.PortalSimulator.Generation;

internal sealed class Certificate(string number, Enterprise firm, DateOnly issueDate)
{
    public string Number { get; } = number;

    public Enterprise Firm { get; } = firm;

    public DateOnly IssueDate { get; } = issueDate;

    public DateOnly ValidTo => IssueDate.AddYears(3).AddDays(-1);

    /// <summary>False when its recognized row is rejected or its article's layout changed: no warehouse will know it.</summary>
    public bool Revocable { get; set; } = true;

    public DateOnly? RevokedFrom { get; set; }

    /// <summary>Publication day of the revocation notice (the truth ignores revocations published after AsOf).</summary>
    public DateOnly? RevokedOn { get; set; }
}
