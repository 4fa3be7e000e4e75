using System.Globalization;
using Microsoft.Extensions.Options;
using YuanlingTech.Worker.Configuration;

namespace YuanlingTech.Worker.Dashboard;

/// <summary>The one way our dashboard pages show a time: in <c>Worker:TimeZone</c>, as yyyy-MM-dd HH:mm.</summary>
public sealed class DashboardClock(IOptions<WorkerOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public TimeZoneInfo Zone => _zone;

    /// <summary>"—" when there is no time (never ran, not scheduled).</summary>
    public string Format(DateTimeOffset? at) => at is { } value ? Format(value) : "—";

    /// <inheritdoc cref="Format(DateTime)"/>
    public string Format(DateTime? at) => at is { } value ? Format(value) : "—";

    public string Format(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, _zone).ToString(DashboardCulture.DateTimePattern, CultureInfo.InvariantCulture);

    /// <summary>A <see cref="DateTime"/> of kind Utc or Unspecified is read as UTC, as Hangfire and Npgsql hand them out.</summary>
    public string Format(DateTime at) =>
        Format(new DateTimeOffset(DateTime.SpecifyKind(at, at.Kind == DateTimeKind.Local ? DateTimeKind.Local : DateTimeKind.Utc)));
}
