using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.Abstractions;

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>What every notices column connector is built with; the options are named by source id.</summary>
public sealed record NoticeColumnServices(
    SourceHttpClients HttpClients,
    IOptionsMonitor<NoticeColumnOptions> Options,
    IOptionsMonitor<SourceOptions> SourceOptions,
    ILoggerFactory LoggerFactory);
