namespace YuanlingTech.Normalization.Uscc;

public enum UsccQuality
{
    Valid,
    Absent,
    Malformed,
    CheckFailed,
    OrgCheckFailed,
}
