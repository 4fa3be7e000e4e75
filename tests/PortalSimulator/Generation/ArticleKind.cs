namespace YuanlingTech.PortalSimulator.Generation;

internal enum ArticleKind
{
    Proposed,
    Recognized,
    Revoked,
    Other,
    TechSmeProposed,
    TechSmeRegistered,
    TechSmeCorrected,
    TechSmeRemoved,
}
