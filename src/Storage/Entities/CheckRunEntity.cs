namespace YuanlingTech.Storage.Entities;

public sealed class CheckRunEntity
{
    public long Id { get; set; }
    public required string Trigger { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset FinishedAt { get; set; }
    public required string Status { get; set; }
    public int ChecksPassed { get; set; }
    public int ChecksWarned { get; set; }
    public int ChecksFailed { get; set; }
}
