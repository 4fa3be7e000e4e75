namespace YuanlingTech.Normalization.Loans;

/// <summary>Canonical field ids of a raw loan record (the API's JSON names; the xlsx export maps its Chinese headers onto them).</summary>
public static class LoanFields
{
    public const string LoanNo = "loanNo";
    public const string EnterpriseName = "enterpriseName";
    public const string Uscc = "uscc";
    public const string CountyCode = "countyCode";
    public const string Score = "score";
    public const string Grade = "grade";
    public const string Bank = "bank";
    public const string Branch = "branch";
    public const string GuaranteeMode = "guaranteeMode";
    public const string Guarantor = "guarantor";
    public const string ContractNo = "contractNo";
    public const string Amount = "amount";
    public const string DisbursedOn = "disbursedOn";
    public const string MaturesOn = "maturesOn";
    public const string Rate = "rate";
    public const string Status = "status";
    public const string StatusChangedOn = "statusChangedOn";
    public const string NplOn = "nplOn";
    public const string CompensationClaimed = "compensationClaimed";
    public const string CompensationPaid = "compensationPaid";
    public const string UpdatedAt = "updatedAt";

    public static IReadOnlyList<string> All { get; } =
    [
        LoanNo, EnterpriseName, Uscc, CountyCode, Score, Grade, Bank, Branch, GuaranteeMode, Guarantor, ContractNo,
        Amount, DisbursedOn, MaturesOn, Rate, Status, StatusChangedOn, NplOn, CompensationClaimed, CompensationPaid, UpdatedAt,
    ];
}
