namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>Body paragraphs of tech-SME notices, in the department's usual wording.</summary>
internal static class TechSmeArticleText
{
    private const string Addressees = "各市州科技局，省直管试点县市科技行政主管部门：";
    private const string Rules = "根据《科技型中小企业评价办法》（国科发政〔2017〕115号）和《科技型中小企业评价服务工作指引》有关规定，";

    public static IReadOnlyList<string> For(Article article, string signature) => article.Kind switch
    {
        ArticleKind.TechSmeProposed =>
        [
            Addressees,
            $"{Rules}经企业自主评价、各市州形式审查，现将{article.ListName}予以公示，公示期为10个工作日。",
            "公示期内如有异议，请以书面形式向我厅反映。",
            "湖南省科学技术厅",
            signature,
        ],
        ArticleKind.TechSmeRegistered =>
        [
            Addressees,
            $"{Rules}经公示无异议，现将{article.ListName}予以公布，并赋予科技型中小企业入库登记编号。",
            "湖南省科学技术厅",
            signature,
        ],
        ArticleKind.TechSmeCorrected =>
        [
            Addressees,
            $"经核查，湖南省{article.BatchYear}年第{article.BatchNo}批入库科技型中小企业名单有误，现予以更正，以本通知所附{article.ListName}为准。",
            "湖南省科学技术厅",
            signature,
        ],
        _ =>
        [
            Addressees,
            $"{Rules}经核实，决定撤销以下{article.TechSmeRows.Count}家企业的科技型中小企业入库登记编号，并移出科技型中小企业库。",
            "湖南省科学技术厅",
            signature,
        ],
    };
}
