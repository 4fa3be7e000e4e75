namespace YuanlingTech.Normalization.Regions;

public enum DivisionLevel
{
    Province = 1,
    City = 2,
    County = 3,
}
