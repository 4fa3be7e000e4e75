using System.Text;
using YuanlingTech.Connectors.Sources.KvLoans;
using YuanlingTech.Normalization.Loans;

namespace YuanlingTech.Connectors.Tests.Sources.KvLoans;

public class LoanApiParserTests
{
    private const string Url = "http://loans.example/api/loans?page=1";

    [Fact]
    public void Parse_ReadsEveryItem_WhenAFieldEscapesALoneSurrogate()
    {
        var json = """
            {"total":2,"page":1,"size":2,"items":[
              {"loanNo":"KV1","enterpriseName":"沅陵\uD800县\"辰州\"\\科技\u0000","amount":"1","disbursedOn":"2025-01-01","maturesOn":"2026-01-01","status":"正常","updatedAt":"2025-01-01T00:00:00+08:00"},
              {"loanNo":"KV2","enterpriseName":"沅陵县科技","amount":"1","disbursedOn":"2025-01-01","maturesOn":"2026-01-01","status":"正常","updatedAt":"2025-01-01T00:00:00+08:00"}]}
            """;

        var page = LoanApiParser.Parse(Encoding.UTF8.GetBytes(json), Url, 1);

        Assert.Equal(2, page.Items.Count);
        Assert.Equal("沅陵\uD800县\"辰州\"\\科技\0", page.Items[0][LoanFields.EnterpriseName]);
        Assert.Equal("沅陵县科技", page.Items[1][LoanFields.EnterpriseName]);
    }
}
