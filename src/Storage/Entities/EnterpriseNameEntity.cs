namespace YuanlingTech.Storage.Entities;

public sealed class EnterpriseNameEntity
{
    public long EnterpriseId { get; set; }
    public required string Name { get; set; }
    public string? NameKey { get; set; }
    public DateOnly FirstPublishedOn { get; set; }
    public DateOnly LastPublishedOn { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
}
