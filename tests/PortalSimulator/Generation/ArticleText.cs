namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>Body paragraphs around the list, in the department's usual wording.</summary>
internal static class ArticleText
{
    private const string Addressees = "各市州科技局，省直管试点县市科技行政主管部门，各有关单位：";
    private const string Rules = "根据《高新技术企业认定管理办法》（国科发火〔2016〕32号）和《高新技术企业认定管理工作指引》（国科发火〔2016〕195号）有关规定，";

    public static IReadOnlyList<string> For(Article article)
    {
        var signature = $"{article.PublishedAt.Year}年{article.PublishedAt.Month}月{article.PublishedAt.Day}日";
        if (article.IsTechSme)
        {
            return TechSmeArticleText.For(article, signature);
        }

        return article.Kind switch
        {
            ArticleKind.Proposed =>
            [
                Addressees,
                $"{Rules}经企业自主申请、专家评审，现将{article.ListName}予以公示，公示期为10个工作日。",
                "公示期内，任何单位和个人对名单有异议的，可书面向我厅高新技术处反映。",
                "湖南省科学技术厅",
                signature,
            ],
            ArticleKind.Recognized =>
            [
                Addressees,
                $"{Rules}经公示无异议并报全国高新技术企业认定管理工作领导小组办公室备案，现将{article.ListName}予以公布。",
                "湖南省科学技术厅　湖南省财政厅　国家税务总局湖南省税务局",
                signature,
            ],
            ArticleKind.Revoked =>
            [
                Addressees,
                $"{Rules}经核实，决定取消以下{article.Rows.Count}家企业的高新技术企业资格，由税务机关依法追缴已享受的税收优惠。",
                "湖南省科学技术厅",
                signature,
            ],
            _ =>
            [
                "各市州科技局，省直有关单位：",
                "为深入实施创新驱动发展战略，现将有关事项通知如下。",
                "请各单位高度重视，认真组织，按时报送。",
                "湖南省科学技术厅",
                signature,
            ],
        };
    }
}
