using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.NoticeColumns;
using YuanlingTech.Connectors.Sources.KjtHnte.National;
using YuanlingTech.Normalization.Hnte;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.Sources.KjtHnte;

/// <summary>High-tech enterprise (高新技术企业) lists: the provincial notices column's <see cref="HnteLists"/>, then the national list.</summary>
public sealed class KjtHnteConnector(NoticeColumnServices services, IOptions<NationalListOptions> national)
    : NoticeColumnConnector<HnteListKind, HnteListContext, CertificationRecord>(Id, services, () => new HnteLists(national.Value.NationalListUrl))
{
    public const string Id = "kjt-hnte";
}
