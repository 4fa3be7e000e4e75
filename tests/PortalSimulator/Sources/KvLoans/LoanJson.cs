using System.Text.Json;

namespace YuanlingTech.PortalSimulator.Sources.KvLoans;

/// <summary>One API item: the loan's current state, field names as <c>LoanFields</c> expects.</summary>
internal static class LoanJson
{
    public static void Write(Utf8JsonWriter json, LoanVersion version)
    {
        var (loan, state) = (version.Loan, version.State);
        json.WriteStartObject();
        json.WriteString("loanNo", loan.PublishedLoanNo);
        json.WriteString("enterpriseName", loan.Borrower.Name);
        json.WriteString("uscc", LoanValues.Uscc(loan));
        json.WriteString("countyCode", LoanValues.County(loan));
        json.WriteNumber("score", loan.Score);
        json.WriteString("grade", loan.Grade);
        json.WriteString("bank", loan.Bank);
        json.WriteString("branch", loan.Branch);
        json.WriteString("guaranteeMode", LoanValues.Guarantee(loan));
        json.WriteString("guarantor", loan.Guarantor);
        json.WriteString("contractNo", loan.ContractNo);
        switch (LoanValues.Amount(loan))
        {
            case decimal number:
                json.WriteNumber("amount", number);
                break;
            case var text:
                json.WriteString("amount", (string)text);
                break;
        }

        json.WriteString("disbursedOn", LoanValues.Date(loan.DisbursedOn));
        json.WriteString("maturesOn", LoanValues.Date(loan.MaturesOn));
        json.WriteNumber("rate", loan.Rate);
        json.WriteString("status", state.Status);
        json.WriteString("statusChangedOn", LoanValues.Date(state.StatusChangedOn));
        json.WriteString("nplOn", LoanValues.Date(state.NplOn));
        WriteMoney(json, "compensationClaimed", state.Claimed);
        WriteMoney(json, "compensationPaid", state.Paid);
        json.WriteString("updatedAt", LoanValues.IsoTime(state.At));
        json.WriteEndObject();
    }

    private static void WriteMoney(Utf8JsonWriter json, string name, decimal? yuan)
    {
        if (yuan is { } value)
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
