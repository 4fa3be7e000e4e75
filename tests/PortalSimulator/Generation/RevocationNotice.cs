namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>A planned revocation notice (取消资格公告): when it is published; its rows are chosen when it is played.</summary>
internal sealed class RevocationNotice(DateTime at)
{
    public DateTime At { get; } = at;
}
