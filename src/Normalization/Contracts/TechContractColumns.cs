namespace YuanlingTech.Normalization.Contracts;

/// <summary>Canonical column ids of a technology-market result table.</summary>
public static class TechContractColumns
{
    public const string RegistrationNo = "registration_no";
    public const string ProjectName = "project_name";
    public const string ContractType = "contract_type";
    public const string SellerName = "seller_name";
    public const string SellerUscc = "seller_uscc";
    public const string SellerRegion = "seller_region";
    public const string BuyerName = "buyer_name";
    public const string BuyerUscc = "buyer_uscc";
    public const string BuyerRegion = "buyer_region";
    public const string ContractAmount = "contract_amount";
    public const string TechTradeAmount = "tech_trade_amount";
    public const string SignedOn = "signed_on";
    public const string RegisteredOn = "registered_on";
    public const string TechField = "tech_field";
}
