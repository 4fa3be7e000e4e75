using System.Globalization;
using Microsoft.Extensions.Options;
using YuanlingTech.Worker.Hosting;

namespace YuanlingTech.Worker.Dashboard;

/// <summary>Instants on the Targets pages: <c>yyyy-MM-dd HH:mm</c> in <c>Worker:TimeZone</c> (the zone of the cron expressions).</summary>
public sealed class DashboardTime(TimeZoneInfo zone)
{
    public TimeZoneInfo Zone => zone;

    public static DashboardTime From(IServiceProvider services) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(services.GetRequiredService<IOptions<WorkerOptions>>().Value.TimeZone));

    public string Format(DateTimeOffset? at) =>
        at is { } value ? TimeZoneInfo.ConvertTime(value, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    /// <summary>Hangfire's times are UTC <see cref="DateTime"/>s.</summary>
    public string Format(DateTime? utc) => Format(utc is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : (DateTimeOffset?)null);
}
