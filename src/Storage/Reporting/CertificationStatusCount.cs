namespace YuanlingTech.Storage.Reporting;

public sealed record CertificationStatusCount(string Kind, string Status, long Count);
