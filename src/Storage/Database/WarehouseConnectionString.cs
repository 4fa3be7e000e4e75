using Npgsql;

namespace YuanlingTech.Storage.Database;

/// <summary>Reads a PostgreSQL connection string's parts without ever echoing its secret.</summary>
public static class WarehouseConnectionString
{
    /// <summary>Throws <see cref="ArgumentException"/> (naming the bad keyword) when the value is not a connection string.</summary>
    public static void EnsureValid(string value) => _ = new NpgsqlConnectionStringBuilder(value);

    /// <summary><c>Host=…;Port=…;Database=…</c>: where the warehouse is, safe to print (no user, no password).</summary>
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"Host={builder.Host};Port={builder.Port};Database={builder.Database}";
    }
}
