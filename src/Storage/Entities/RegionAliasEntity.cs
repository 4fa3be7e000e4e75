namespace YuanlingTech.Storage.Entities;

public sealed class RegionAliasEntity
{
    public required string AliasCode { get; set; }
    public required string Code { get; set; }
}
