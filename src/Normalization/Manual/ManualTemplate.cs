namespace YuanlingTech.Normalization.Manual;

/// <summary>The file templates the inbox accepts.</summary>
public enum ManualTemplate
{
    RdSpending,
    Platform,
    TargetImport,
    RegionalGdp,
    ChallengeProject,
}
