namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>A planned removal notice (撤销入库登记编号 / 移出): when it is published; its province rows are chosen when it is played.</summary>
internal sealed class TechSmeRemovalNotice(DateTime at)
{
    public DateTime At { get; } = at;
}
