using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using NpgsqlTypes;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Storage.Loading;
using YuanlingTech.Storage.Upserts;

namespace YuanlingTech.Storage.Tests;

/// <summary>
/// A record kind is declared three times — the normalized record, the staging COPY columns of its upsert spec and the EF
/// entity of its table — so each kind is held to one agreement: every record property is staged (found by its value, so
/// a renamed column still counts) with a COPY type that fits the property's type; every written column is a column of the
/// entity with the same type; every entity column but the identity is written.
/// </summary>
public sealed class RecordColumnsTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    // The identity column, filled by the database.
    private static readonly string[] Maintained = ["id"];

    // How a record's region was found (RegionSources) is held by the normalization tests; no warehouse column stores it.
    private const string RegionSource = nameof(CertificationRecord.RegionSource);

    public static TheoryData<string> Kinds => [.. Specs.Keys];

    private static Dictionary<string, (Func<SpecView> Spec, Type Record, string[] NotStaged)> Specs { get; } = new()
    {
        ["certification"] = (() => SpecView.Of(CertificationSpecs.Certification("test", 1)), typeof(CertificationRecord), [RegionSource]),
        ["loan"] = (() => SpecView.Of(LoanSpecs.Loan("test", 1)), typeof(LoanRecord), [RegionSource]),
        ["tech_contract"] = (() => SpecView.Of(TechContractSpecs.Contract("test", 1)), typeof(TechContractRecord), [$"Seller.{RegionSource}", $"Buyer.{RegionSource}"]),
        ["rd_spending"] = (() => SpecView.Of(ManualSpecs.RdSpending("test", 1)), typeof(RdSpendingRecord), [RegionSource]),
        ["platform"] = (() => SpecView.Of(ManualSpecs.Platform("test", 1)), typeof(PlatformRecord), [RegionSource]),
        ["target_import"] = (() => SpecView.Of(ManualSpecs.TargetImport("test", 1)), typeof(TargetImportRecord), []),
        ["regional_gdp"] = (() => SpecView.Of(ManualSpecs.RegionalGdp("test", 1)), typeof(RegionalGdpRecord), []),
        ["challenge_project"] = (() => SpecView.Of(ManualSpecs.ChallengeProject("test", 1)), typeof(ChallengeProjectRecord), []),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryRecordProperty_IsStaged_WithACopyTypeThatFitsIt(string kind)
    {
        var (specOf, recordType, notStaged) = Specs[kind];
        var spec = specOf();
        var (record, leaves) = Sentinels.Build(recordType);

        var staged = spec.Staged.Select(c => (c.Name, c.DbType, Value: c.Value(record))).ToList();
        foreach (var (path, value, clrType) in leaves.Where(l => !notStaged.Contains(l.Path)))
        {
            var columns = staged.Where(c => Equals(c.Value, value)).ToList();
            Assert.True(columns.Count > 0, $"{kind}: record property {path} is not staged by the upsert spec");
            Assert.All(columns, c => Assert.True(DbTypeOf(clrType) == c.DbType, $"{kind}: {path} ({clrType.Name}) is staged as {c.Name} {c.DbType}"));
        }

        Assert.All(notStaged, path => Assert.Contains(path, leaves.Select(l => l.Path)));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task EveryWrittenColumn_IsAnEntityColumnOfTheSameType_AndEveryEntityColumnIsWritten(string kind)
    {
        var spec = Specs[kind].Spec();
        await using var scope = database.Services.CreateAsyncScope();
        var model = scope.ServiceProvider.GetRequiredService<WarehouseDbContext>().Model;
        var table = spec.TargetTable.Split('.');
        var store = StoreObjectIdentifier.Table(table[1], table[0]);
        var entity = model.GetEntityTypes().Single(e => e.GetTableName() == table[1] && e.GetSchema() == table[0]);
        var columns = entity.GetProperties().ToDictionary(p => p.GetColumnName(store)!, p => p.GetColumnType(store), StringComparer.Ordinal);

        foreach (var (name, dbType) in spec.Written)
        {
            Assert.True(columns.TryGetValue(name, out var storeType), $"{kind}: {spec.TargetTable} has no column {name} the upsert writes");
            Assert.True(DbTypeOfStore(storeType!) == dbType, $"{kind}: {spec.TargetTable}.{name} is {storeType}, the upsert writes {dbType}");
        }

        var unwritten = columns.Keys.Except(spec.Written.Select(w => w.Name)).Except(Maintained).ToList();
        Assert.True(unwritten.Count == 0, $"{kind}: the upsert never writes {spec.TargetTable} column(s) {string.Join(", ", unwritten)}");
    }

    private static NpgsqlDbType DbTypeOf(Type clr) => clr switch
    {
        _ when clr == typeof(string) => NpgsqlDbType.Text,
        _ when clr == typeof(int) => NpgsqlDbType.Integer,
        _ when clr == typeof(long) => NpgsqlDbType.Bigint,
        _ when clr == typeof(short) => NpgsqlDbType.Smallint,
        _ when clr == typeof(decimal) => NpgsqlDbType.Numeric,
        _ when clr == typeof(DateOnly) => NpgsqlDbType.Date,
        _ when clr == typeof(DateTimeOffset) => NpgsqlDbType.TimestampTz,
        _ when clr == typeof(bool) => NpgsqlDbType.Boolean,
        _ => throw new ArgumentException($"no COPY type for {clr.Name}", nameof(clr)),
    };

    private static NpgsqlDbType DbTypeOfStore(string storeType)
    {
        var bare = storeType.Split('(')[0].Trim();
        return bare switch
        {
            "text" or "character varying" or "character" or "varchar" => NpgsqlDbType.Text,
            "integer" => NpgsqlDbType.Integer,
            "bigint" => NpgsqlDbType.Bigint,
            "smallint" => NpgsqlDbType.Smallint,
            "numeric" => NpgsqlDbType.Numeric,
            "date" => NpgsqlDbType.Date,
            "timestamp with time zone" => NpgsqlDbType.TimestampTz,
            "boolean" => NpgsqlDbType.Boolean,
            _ => throw new ArgumentException($"no COPY type for store type {storeType}", nameof(storeType)),
        };
    }

    /// <summary>An upsert spec with the record type erased: its target table, staged columns and written columns.</summary>
    private sealed record SpecView(string TargetTable, IReadOnlyList<(string Name, NpgsqlDbType DbType, Func<object, object?> Value)> Staged, IReadOnlyList<(string Name, NpgsqlDbType DbType)> Written)
    {
        public static SpecView Of<T>(UpsertTableSpec<T> spec) => new(
            spec.TargetTable,
            [.. spec.StagedColumns.Select(c => (c.Name, c.DbType, (Func<object, object?>)(r => c.Value!((T)r))))],
            [.. spec.WrittenColumns.Select(c => (c.Name, c.DbType))]);
    }

    /// <summary>A record whose every property holds a value no other property holds, and the path of each value.</summary>
    private static class Sentinels
    {
        public static (object Record, List<(string Path, object Value, Type Type)> Leaves) Build(Type type)
        {
            var next = 0;
            var leaves = new List<(string, object, Type)>();
            return (Fill(type, "", ref next, leaves), leaves);
        }

        private static object Fill(Type type, string prefix, ref int next, List<(string, object, Type)> leaves)
        {
            var instance = Activator.CreateInstance(type)!;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                var clr = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                var path = prefix + property.Name;
                object value;
                if (clr == typeof(string) || clr.IsValueType)
                {
                    value = Value(clr, ++next);
                    leaves.Add((path, value, clr));
                }
                else
                {
                    value = Fill(clr, path + ".", ref next, leaves);
                }

                property.SetValue(instance, value);
            }

            return instance;
        }

        private static object Value(Type clr, int n) => clr switch
        {
            _ when clr == typeof(string) => $"v{n}",
            _ when clr == typeof(int) => 1000 + n,
            _ when clr == typeof(long) => 1000L + n,
            _ when clr == typeof(short) => (short)(1000 + n),
            _ when clr == typeof(decimal) => 1000m + n,
            _ when clr == typeof(DateOnly) => new DateOnly(2000, 1, 1).AddDays(n),
            _ when clr == typeof(DateTimeOffset) => new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(n),
            _ when clr == typeof(bool) => throw new ArgumentException("a bool cannot be told apart by its value; name the property in NotStaged"),
            _ => throw new ArgumentException($"no sentinel for {clr.Name}", nameof(clr)),
        };
    }
}
