namespace YuanlingTech.Worker.Dashboard;

/// <summary>What the dashboard says outside its pages (menu, 401, 503), in the language of <c>Worker:Culture</c>.</summary>
public sealed record DashboardMessages(
    string TargetsMenu,
    string ReviewMenu,
    string ChecksMenu,
    string LoginRequired,
    string WarehouseUnavailableTitle,
    string WarehouseUnavailable,
    string RetryHint)
{
    private static readonly DashboardMessages Zh = new(
        "目标进度",
        "年度回顾",
        "数据质量",
        "需要登录：请使用仪表盘的管理员或只读账号登录。",
        "数据仓库暂时无法连接",
        "数据仓库（PostgreSQL）暂时无法连接，页面无法显示。",
        "请在 {0} 秒后刷新页面重试；若持续出现，请检查数据库服务是否运行。");

    private static readonly DashboardMessages En = new(
        "Targets",
        "Review",
        "Checks",
        "Login required: sign in with the dashboard's admin or reader account.",
        "The warehouse is unreachable",
        "The warehouse (PostgreSQL) cannot be reached right now, so this page cannot be shown.",
        "Reload the page in {0} seconds; if this persists, check that the database server is running.");

    public static DashboardMessages For(string language) => language == "en" ? En : Zh;
}
