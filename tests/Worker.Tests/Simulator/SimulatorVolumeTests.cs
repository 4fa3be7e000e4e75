using YuanlingTech.PortalSimulator;

namespace YuanlingTech.Worker.Tests.Simulator;

/// <summary>The simulator publishes the volume issue 6's full-sync bench needs, counted from its ground truth.</summary>
public class SimulatorVolumeTests
{
    [Fact]
    public async Task ScaleOne_PublishesAMillionRecordsFromFiveThousandDocuments()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Scale = 1 }, ct);

        var volumes = simulator.GroundTruth.Volumes;

        Assert.InRange(volumes.Sum(v => v.Records), 1_000_000, int.MaxValue);
        Assert.InRange(volumes.Sum(v => v.Documents), 5_000, int.MaxValue);
    }

    [Fact]
    public async Task Volumes_CountEverySourcesPublishedRowsAndDocuments()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions(), ct);
        var truth = simulator.GroundTruth;

        var volumes = truth.Volumes.ToDictionary(v => v.SourceId);

        Assert.Equal(["kjt-hnte", "kjt-techsme", "market-contracts", "kv-loans"], volumes.Keys);
        Assert.All(volumes.Values, v => Assert.True(v.Records > 0 && v.Documents > 0, v.ToString()));
        var market = truth.Source<MarketContractsTruth>("market-contracts");
        Assert.Equal(new SourceVolume("market-contracts", market.RowCount, market.Months.Sum(m => m.Pages)), volumes["market-contracts"]);
        Assert.Equal(truth.Source<KvLoansTruth>("kv-loans").ApiItemCount, volumes["kv-loans"].Records);
        Assert.Equal(truth.Source<TechSmeTruth>(TechSmeTruth.SourceId).DocumentCount, volumes["kjt-techsme"].Documents);
    }
}
