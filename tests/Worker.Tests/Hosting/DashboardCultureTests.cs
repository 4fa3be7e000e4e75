using Microsoft.Extensions.Options;
using YuanlingTech.Worker.Configuration;
using YuanlingTech.Worker.Dashboard;

namespace YuanlingTech.Worker.Tests.Hosting;

/// <summary>The dashboard's culture and clock: yyyy-MM-dd HH:mm in the configured zone, whatever the culture's own patterns.</summary>
public sealed class DashboardCultureTests
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public void Create_FormatsHangfiresDefaultDateTimeAsYearMonthDayHourMinute_WhateverTheCulture(string name)
    {
        var culture = DashboardCulture.Create(name);

        Assert.Equal("2026-12-07 18:42", new DateTime(2026, 12, 7, 18, 42, 5).ToString(culture));
        Assert.Equal(name, culture.Name);
    }

    [Fact]
    public void Format_ShowsTheInstantInTheConfiguredZone()
    {
        var clock = new DashboardClock(Options.Create(new WorkerOptions { TimeZone = "Asia/Shanghai" }));

        Assert.Equal("2026-12-08 02:30", clock.Format(new DateTimeOffset(2026, 12, 7, 18, 30, 0, TimeSpan.Zero)));
        Assert.Equal("2026-12-08 02:30", clock.Format(new DateTime(2026, 12, 7, 18, 30, 0, DateTimeKind.Unspecified)));
    }

    [Fact]
    public void IsAvailable_IsTrue_WhenTheRuntimeHasIcu()
    {
        Assert.True(DashboardCulture.IsAvailable("zh-CN"));
    }
}
