namespace YuanlingTech.Worker.Security;

/// <summary>What a dashboard caller may do.</summary>
public enum DashboardRole
{
    None,
    Reader,
    Admin,
}
