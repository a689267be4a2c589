using Azure.Data.Tables;
using JourneyBot.Storage;
using JourneyBot.Storage.Workshops;
using Microsoft.Extensions.Options;

namespace JourneyBot.Tests.Storage.Workshops;

/// <summary>What <see cref="DecodedRows"/> knows: a row by its partition, key and ETag, within its bound in bytes.</summary>
public sealed class DecodedRowsTests
{
    /// <summary>A row's JSON of 10,000 UTF-16 characters counts 20,000 bytes (and 256 more): 26 fit in half a megabyte.</summary>
    private static readonly string TenThousandCharacters = new('x', 10_000);

    [Fact]
    public void A_row_is_known_in_the_version_it_was_decoded_in_and_no_other()
    {
        var rows = Kept(megabytes: 1);
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
    public void A_newer_version_of_a_row_replaces_the_older()
    {
        var rows = Kept(megabytes: 1);
        rows.Add(Row("w1", "Goal|g1", "etag-1"), "before");
        rows.Add(Row("w1", "Goal|g1", "etag-2"), "after");

        Assert.False(rows.TryGet<string>(Row("w1", "Goal|g1", "etag-1"), out _));
        Assert.True(rows.TryGet<string>(Row("w1", "Goal|g1", "etag-2"), out var known));
        Assert.Equal("after", known);
        Assert.Equal(1, rows.Count);
    }

    [Fact]
    public void A_row_without_an_etag_is_never_kept()
    {
        var rows = Kept(megabytes: 1);
        var unversioned = new TableEntity("w1", "Goal|g1");

        rows.Add(unversioned, new object());

        Assert.False(rows.TryGet<object>(unversioned, out _));
        Assert.Equal(0, rows.Count);
    }

    [Fact]
    public void No_more_than_the_budget_of_bytes_is_kept_and_rows_in_use_stay()
    {
        var rows = Kept(megabytes: 1);
        var inUse = Row("w1", "header", "etag-kept");
        rows.Add(inUse, "in use");

        for (var index = 0; index < 1_000; index++)
        {
            rows.Add(Row("w2", $"Goal|g{index}", "etag", TenThousandCharacters), "passing");
            Assert.True(rows.TryGet<string>(inUse, out _), $"lost after {index} others");
        }

        // Two generations of half a megabyte, each at most 26 such rows (the one that fills it included), and the row in use.
        Assert.InRange(rows.Count, 2, 2 * 26 + 2);
        Assert.False(rows.TryGet<string>(Row("w2", "Goal|g0", "etag", TenThousandCharacters), out _));
    }

    [Fact]
    public void Rows_added_from_many_threads_at_once_stay_within_the_budget()
    {
        var rows = Kept(megabytes: 1);

        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, index =>
        {
            var row = Row("w", $"Goal|g{index % 5_000}", $"etag-{index}", TenThousandCharacters);
            if (!rows.TryGet<string>(row, out _))
            {
                rows.Add(row, "decoded");
            }
        });

        // Up to 8 threads add to a generation as it fills and, having read it just before, once more after it turned over.
        Assert.InRange(rows.Count, 1, 2 * (26 + 16));
    }

    [Fact]
    public void With_no_megabytes_it_keeps_nothing()
    {
        var rows = Kept(megabytes: 0);
        rows.Add(Row("w1", "Goal|g1", "etag-1"), new object());

        Assert.False(rows.TryGet<object>(Row("w1", "Goal|g1", "etag-1"), out _));
        Assert.Equal(0, rows.Count);
    }

    private static DecodedRows Kept(int megabytes) => new(Options.Create(new StorageOptions { DecodedRowsMegabytes = megabytes }));

    private static TableEntity Row(string partition, string key, string etag, string? json = null)
    {
        var row = new TableEntity(partition, key) { ["odata.etag"] = etag };
        if (json is not null)
        {
            row["Json"] = json;
        }

        return row;
    }
}
