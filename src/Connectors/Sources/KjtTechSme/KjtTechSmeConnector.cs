using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.NoticeColumns;
using YuanlingTech.Normalization.TechSme;

namespace YuanlingTech.Connectors.Sources.KjtTechSme;

/// <summary>Tech-SME registration (科技型中小企业入库): the provincial notices column's <see cref="TechSmeLists"/>.</summary>
public sealed class KjtTechSmeConnector(NoticeColumnServices services)
    : NoticeColumnConnector<TechSmeListKind, TechSmeListContext, TechSmeListRecords>(Id, services, () => new TechSmeLists()),
    IRegisteredSource
{
    public const string Id = Normalization.Sources.SourceRegistry.KjtTechSme;

    public static void Register(SourceRegistrar registrar)
    {
        ArgumentNullException.ThrowIfNull(registrar);
        registrar.AddNoticeColumn<KjtTechSmeConnector>(_ => []);
    }
}
