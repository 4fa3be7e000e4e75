namespace YuanlingTech.Storage.Configurations;

public static class WarehouseSchemas
{
    public const string Ingest = "ingest";
    public const string Warehouse = "warehouse";
    public const string Report = "report";
}
