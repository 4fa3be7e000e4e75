namespace YuanlingTech.Storage.Entities;

public sealed class RegionEntity
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? ParentCode { get; set; }
    public short Level { get; set; }
}
