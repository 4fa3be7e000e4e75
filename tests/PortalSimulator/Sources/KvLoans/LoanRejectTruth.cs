namespace YuanlingTech.PortalSimulator;

/// <summary>A rejectable loan: its real number (the platform may publish it blank) and why it is rejected (loan_no, term or status).</summary>
public sealed record LoanRejectTruth(string LoanNo, string Reason);
