namespace YuanlingTech.Storage.Loading;

/// <summary>A contract side with a valid USCC, staged to merge enterprises and their name history.</summary>
internal sealed record TechContractPartyRow(string Uscc, string Name, string NameKey, string RegionCode, DateOnly PublishedOn);
