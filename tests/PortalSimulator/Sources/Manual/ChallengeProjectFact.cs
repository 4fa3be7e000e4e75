using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Sources.Manual;

/// <summary>One 揭榜挂帅 project as planned: its issuer (发榜单位), publication day, reward and status label (发榜中, 已揭榜, 已验收, 已撤销).</summary>
internal sealed record ChallengeProjectFact(string Name, Enterprise Issuer, DateOnly PublishedOn, decimal RewardWan, string Status)
{
    public const string Withdrawn = "已撤销";

    public bool Counts => Status != Withdrawn;
}
