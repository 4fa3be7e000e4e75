using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.NoticeColumns;
using YuanlingTech.Connectors.Sources.KjtHnte.National;
using YuanlingTech.Normalization.Hnte;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.Sources.KjtHnte;

/// <summary>High-tech enterprise (高新技术企业) lists: the provincial notices column's <see cref="HnteLists"/>, then the national list.</summary>
public sealed class KjtHnteConnector(NoticeColumnServices services, IOptions<NationalListOptions> national)
    : NoticeColumnConnector<HnteListKind, HnteListContext, CertificationRecord>(Id, services, () => new HnteLists(national.Value.NationalListUrl)),
    IRegisteredSource
{
    public const string Id = Normalization.Sources.SourceRegistry.KjtHnte;

    public static void Register(SourceRegistrar registrar)
    {
        ArgumentNullException.ThrowIfNull(registrar);
        registrar.AddOptions<NationalListOptions>();
        registrar.AddNoticeColumn<KjtHnteConnector>(sp => [sp.GetRequiredService<IOptions<NationalListOptions>>().Value]);
    }
}
