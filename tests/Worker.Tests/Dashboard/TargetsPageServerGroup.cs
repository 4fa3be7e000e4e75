namespace YuanlingTech.Worker.Tests.Dashboard;

/// <summary>The Targets page and worklist tests share one synced server (a sync of the simulated province is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class TargetsPageServerGroup : ICollectionFixture<TargetsPageServerFixture>
{
    public const string Name = "targets page server";
}
