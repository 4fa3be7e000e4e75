using System.Globalization;
using FsCheck.Fluent;
using YuanlingTech.Normalization.Amounts;
using YuanlingTech.Normalization.Dates;
using YuanlingTech.Normalization.Loans;
using YuanlingTech.Normalization.Regions;

namespace YuanlingTech.Normalization.Tests.Properties;

/// <summary>Parsers to values: a parsed value written back as text parses to itself, and no string breaks them.</summary>
public class ValuePropertyTests
{
    private static readonly AmountUnit[] Units = [AmountUnit.Yuan, AmountUnit.WanYuan, AmountUnit.YiYuan];

    [Fact(Timeout = PropertyCheck.TimeoutMs)]
    public Task ParseYuan_ReturnsSameYuan_WhenFedItsOwnResultInYuan() =>
        PropertyCheck.ForAllAsync(CellGen.Hostile.Zip(Gen.Elements(Units)), pair =>
        {
            var (raw, unit) = pair;
            var once = AmountParser.ParseYuan(raw, unit);
            Assert.True(once.IsSuccess != (once.Error is not null), "an amount or a reason");
            if (once.Yuan is { } yuan)
            {
                var twice = AmountParser.ParseYuan(yuan.ToString(CultureInfo.InvariantCulture) + "元", AmountUnit.WanYuan);
                Assert.Equal(yuan, twice.Yuan);
            }
        });

    [Fact(Timeout = PropertyCheck.TimeoutMs)]
    public Task DateParser_ReturnsSameDate_WhenFedItsIsoForm() => PropertyCheck.ForAllAsync(Gen.OneOf(CellGen.Hostile, CellGen.DateLike.Select(s => (string?)s)), raw =>
    {
        if (DateParser.TryParse(raw, out var date))
        {
            Assert.True(DateParser.TryParse(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), out var again));
            Assert.Equal(date, again);
            Assert.True(DateParser.TryParse(date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture), out var chinese));
            Assert.Equal(date, chinese);
        }
    });

    [Fact(Timeout = PropertyCheck.TimeoutMs)]
    public Task RegionResolver_ReturnsSameCode_WhenFedTheCodeItResolvedTo() => PropertyCheck.ForAllAsync(CellGen.Hostile, raw =>
    {
        if (RegionResolver.TryResolve(raw, out var code))
        {
            Assert.NotNull(HunanDivisions.Find(code));
            Assert.True(RegionResolver.TryResolve(code, out var again));
            Assert.Equal(code, again);
            Assert.True(RegionResolver.TryResolve(HunanDivisions.Find(code)!.Name, out var byName));
            Assert.Equal(code, byName);
        }
        else
        {
            Assert.Equal(string.Empty, code);
        }
    });

    [Fact(Timeout = PropertyCheck.TimeoutMs)]
    public Task FromUscc_ReturnsKnownDivisionOrNull_ForAnyCode() => PropertyCheck.ForAllAsync(CellGen.Hostile, raw =>
    {
        var code = RegionResolver.FromUscc(raw!);
        Assert.True(code is null || HunanDivisions.Find(code) is not null, code);
        if (code is not null)
        {
            Assert.Equal(code, RegionResolver.FromUscc("91" + code + "MA4L41Y04R"));
        }
    });

    [Fact(Timeout = PropertyCheck.TimeoutMs)]
    public Task LoanTimestamp_ReturnsSameInstant_WhenFedItsRoundTripForm() => PropertyCheck.ForAllAsync(Gen.OneOf(CellGen.Hostile, CellGen.TimestampLike.Select(s => (string?)s)), raw =>
    {
        if (LoanTimestamp.TryParse(raw, out var utc))
        {
            Assert.Equal(TimeSpan.Zero, utc.Offset);
            Assert.True(LoanTimestamp.TryParse(utc.ToString("O", CultureInfo.InvariantCulture), out var again));
            Assert.Equal(utc, again);
        }
    });

    [Fact(Timeout = PropertyCheck.TimeoutMs)]
    public Task LoanStatuses_ReturnsSameCode_WhenFedItsOwnCode() => PropertyCheck.ForAllAsync(CellGen.Hostile, raw =>
    {
        if (LoanStatuses.StatusOf(raw) is { } status)
        {
            Assert.Equal(status, LoanStatuses.StatusOf(status));
        }

        if (LoanStatuses.GuaranteeModeOf(raw) is { } mode)
        {
            Assert.Equal(mode, LoanStatuses.GuaranteeModeOf(mode));
        }
    });
}
