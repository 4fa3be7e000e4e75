using Microsoft.EntityFrameworkCore;
using YuanlingTech.Normalization.Text;
using YuanlingTech.Storage.Configurations;

namespace YuanlingTech.Storage.Tests;

/// <summary>Every indexed text column has a declared bound, or is declared as not filled from source values.</summary>
public sealed class IndexedTextBoundsTests
{
    [Fact]
    public void Model_DeclaresABoundForEveryIndexedTextColumn()
    {
        using var context = new DesignTimeWarehouseDbContextFactory().CreateDbContext([]);
        var indexed = context.Model.GetEntityTypes()
            .SelectMany(e => e.GetIndexes().SelectMany(i => i.Properties).Concat(e.FindPrimaryKey()?.Properties ?? []))
            .Where(p => p.ClrType == typeof(string) && (p.GetColumnType() ?? "text") == "text")
            .Select(p => $"{p.DeclaringType.GetSchema()}.{p.DeclaringType.GetTableName()}.{p.GetColumnName()}")
            .Distinct()
            .Order()
            .ToList();

        Assert.Equal(indexed, IndexedTextBounds.ByColumn.Keys.Concat(IndexedTextBounds.NotFromSourceValues).Concat(IndexedTextBounds.Urls).Order());
    }

    [Fact]
    public void Bounds_KeepEveryIndexEntryBelowTheBtreeMaximum()
    {
        Assert.All(IndexedTextBounds.ByColumn, c => Assert.True(
            c.Value * TextBounds.Utf8BytesPerChar < TextBounds.BtreeEntryBytes,
            $"{c.Key}: {c.Value} characters may take {c.Value * TextBounds.Utf8BytesPerChar} bytes, over the btree maximum {TextBounds.BtreeEntryBytes}"));
    }
}
