using Azure.Data.Tables;
using JourneyBot.Storage;
using JourneyBot.Storage.Workshops;
using Microsoft.Extensions.Options;

namespace JourneyBot.Tests.Storage.Workshops;

/// <summary>What <see cref="DecodedRows"/> knows: a row by its partition, key and ETag, within its bound.</summary>
public sealed class DecodedRowsTests
{
    [Fact]
    public void A_row_is_known_in_the_version_it_was_decoded_in_and_no_other()
    {
        var rows = Kept(100);
        var decoded = new object();
        rows.Add(Row("w1", "Goal|g1", "etag-1"), decoded);

        Assert.True(rows.TryGet<object>(Row("w1", "Goal|g1", "etag-1"), out var known));
        Assert.Same(decoded, known);
        Assert.False(rows.TryGet<object>(Row("w1", "Goal|g1", "etag-2"), out _));
        Assert.False(rows.TryGet<object>(Row("w2", "Goal|g1", "etag-1"), out _));
        Assert.False(rows.TryGet<object>(Row("w1", "Goal|g2", "etag-1"), out _));
        Assert.False(rows.TryGet<string>(Row("w1", "Goal|g1", "etag-1"), out _));
    }

    [Fact]
    public void A_row_without_an_etag_is_never_kept()
    {
        var rows = Kept(100);
        var unversioned = new TableEntity("w1", "Goal|g1");

        rows.Add(unversioned, new object());

        Assert.False(rows.TryGet<object>(unversioned, out _));
        Assert.Equal(0, rows.Count);
    }

    [Fact]
    public void No_more_rows_than_the_bound_are_kept_and_rows_in_use_stay()
    {
        var rows = Kept(100);
        var inUse = Row("w1", "header", "etag-kept");
        rows.Add(inUse, "in use");

        for (var index = 0; index < 1_000; index++)
        {
            rows.Add(Row("w2", $"Goal|g{index}", "etag"), "passing");
            Assert.True(rows.TryGet<string>(inUse, out _), $"lost after {index} others");
        }

        Assert.InRange(rows.Count, 1, 100);
        Assert.False(rows.TryGet<string>(Row("w2", "Goal|g0", "etag"), out _));
    }

    [Fact]
    public void Kept_at_zero_it_keeps_nothing()
    {
        var rows = Kept(0);
        rows.Add(Row("w1", "Goal|g1", "etag-1"), new object());

        Assert.False(rows.TryGet<object>(Row("w1", "Goal|g1", "etag-1"), out _));
        Assert.Equal(0, rows.Count);
    }

    private static DecodedRows Kept(int rows) => new(Options.Create(new StorageOptions { DecodedRowsKept = rows }));

    private static TableEntity Row(string partition, string key, string etag) => new(partition, key) { ["odata.etag"] = etag };
}
