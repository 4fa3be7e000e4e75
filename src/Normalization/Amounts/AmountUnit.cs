namespace YuanlingTech.Normalization.Amounts;

public enum AmountUnit
{
    Yuan,
    WanYuan,
    YiYuan,
}
