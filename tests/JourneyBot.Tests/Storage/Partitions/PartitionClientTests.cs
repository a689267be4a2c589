using Azure;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Data.Tables.Sas;
using JourneyBot.Storage;
using JourneyBot.Storage.Partitions;
using JourneyBot.Tests.Driver;
using JourneyBot.Tests.Storage.Workshops;

namespace JourneyBot.Tests.Storage.Partitions;

/// <summary>
/// The turn's own Table client against Azurite, checked against the Table SDK: what one writes the other reads the same,
/// pages are followed, batches are all or nothing and name the refused action, and refusals carry the service's code.
/// </summary>
[Collection(BotTests.Name)]
public sealed class PartitionClientTests(BotEnvironment environment)
{
    private static readonly DateTimeOffset Moment = new(2026, 12, 2, 9, 30, 15, 123, TimeSpan.FromHours(9));

    [Fact]
    public async Task Every_property_type_the_sdk_writes_reads_back_the_same_with_its_etag_and_timestamp()
    {
        var (table, partitions) = await NewTableAsync();
        var written = EveryType("p", "r1");
        await table.AddEntityAsync(written);
        var stored = (await table.GetEntityAsync<TableEntity>("p", "r1")).Value;

        var read = Assert.Single(await partitions.QueryAsync(table.Name, "PartitionKey eq 'p'", CancellationToken.None));

        AssertSameProperties(stored, read);
        Assert.Equal(stored.ETag, read.ETag);
        Assert.Equal(stored.Timestamp, read.Timestamp);
    }

    [Fact]
    public async Task Every_property_type_written_in_a_batch_reads_back_the_same_through_the_sdk()
    {
        var (table, partitions) = await NewTableAsync();
        var written = EveryType("p", "r1");

        await partitions.SubmitAsync(table.Name, [new TableTransactionAction(TableTransactionActionType.Add, written)], CancellationToken.None);

        var stored = (await table.GetEntityAsync<TableEntity>("p", "r1")).Value;
        AssertSameProperties(written, stored);
        Assert.Equal(Moment, stored.GetDateTimeOffset("At"));
    }

    [Fact]
    public async Task A_query_follows_every_page_past_a_thousand_rows()
    {
        var (table, partitions) = await NewTableAsync();
        var rows = Enumerable.Range(0, 1_050).Select(index => new TableEntity("p", index.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)) { ["N"] = index }).ToList();
        foreach (var batch in rows.Chunk(100))
        {
            await partitions.SubmitAsync(table.Name, [.. batch.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row))], CancellationToken.None);
        }

        var counter = new RoundTripCounter();
        var options = NoRetries();
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);

        var read = await Client(environment.Azurite.ConnectionString, options).QueryAsync(table.Name, "PartitionKey eq 'p'", CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 1_050), read.Select(row => row.GetInt32("N")!.Value));
        Assert.Equal(2, counter.Count); // 1,000 rows, then the continuation's 50
    }

    [Fact]
    public async Task Updates_and_deletes_address_keys_with_quotes_and_korean_and_carry_their_etags()
    {
        var (table, partitions) = await NewTableAsync();
        const string Partition = "팀's map";
        await partitions.SubmitAsync(table.Name, [
            new(TableTransactionActionType.Add, new TableEntity(Partition, "여정 'one'") { ["Text"] = "first" }),
            new(TableTransactionActionType.Add, new TableEntity(Partition, "여정 'two'") { ["Text"] = "second" }),
        ], CancellationToken.None);
        var loaded = (await partitions.QueryAsync(table.Name, TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), CancellationToken.None))
            .ToDictionary(row => row.RowKey);

        await partitions.SubmitAsync(table.Name, [
            new(TableTransactionActionType.UpdateReplace, new TableEntity(Partition, "여정 'one'") { ["Text"] = "changed" }, loaded["여정 'one'"].ETag),
            new(TableTransactionActionType.Delete, new TableEntity(Partition, "여정 'two'"), loaded["여정 'two'"].ETag),
            new(TableTransactionActionType.UpsertMerge, new TableEntity(Partition, "여정 'three'") { ["Text"] = "third" }),
        ], CancellationToken.None);

        var after = await partitions.QueryAsync(table.Name, TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), CancellationToken.None);
        Assert.Equal(["changed", "third"], after.Select(row => row.GetString("Text")));
    }

    [Fact]
    public async Task A_stale_etag_refuses_the_whole_batch_with_412_naming_the_action()
    {
        var (table, partitions) = await NewTableAsync();
        await partitions.SubmitAsync(table.Name, [new(TableTransactionActionType.Add, new TableEntity("p", "a") { ["Text"] = "one" })], CancellationToken.None);
        var loaded = Assert.Single(await partitions.QueryAsync(table.Name, "PartitionKey eq 'p'", CancellationToken.None));
        await table.UpdateEntityAsync(new TableEntity("p", "a") { ["Text"] = "someone else's" }, ETag.All, TableUpdateMode.Replace);

        var refused = await Assert.ThrowsAsync<PartitionWriteFailedException>(() => partitions.SubmitAsync(table.Name, [
            new(TableTransactionActionType.Add, new TableEntity("p", "b") { ["Text"] = "new" }),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "a") { ["Text"] = "mine" }, loaded.ETag),
        ], CancellationToken.None));

        Assert.Equal((412, 1), (refused.Status, refused.FailedActionIndex));
        var rows = await partitions.QueryAsync(table.Name, "PartitionKey eq 'p'", CancellationToken.None);
        Assert.Equal(["someone else's"], rows.Select(row => row.GetString("Text")));
    }

    [Theory]
    [InlineData(TableTransactionActionType.Delete)]
    [InlineData(TableTransactionActionType.UpdateMerge)]
    public async Task A_delete_or_merge_with_a_stale_etag_is_refused_with_412_naming_the_action(TableTransactionActionType type)
    {
        var (table, partitions) = await NewTableAsync();
        await partitions.SubmitAsync(table.Name, [new(TableTransactionActionType.Add, new TableEntity("p", "a") { ["Text"] = "one" })], CancellationToken.None);
        var loaded = Assert.Single(await partitions.QueryAsync(table.Name, "PartitionKey eq 'p'", CancellationToken.None));
        await table.UpdateEntityAsync(new TableEntity("p", "a") { ["Text"] = "someone else's" }, ETag.All, TableUpdateMode.Replace);

        var refused = await Assert.ThrowsAsync<PartitionWriteFailedException>(() => partitions.SubmitAsync(table.Name, [
            new(TableTransactionActionType.Add, new TableEntity("p", "b")),
            new(TableTransactionActionType.Add, new TableEntity("p", "c")),
            new(type, new TableEntity("p", "a") { ["Text"] = "mine" }, loaded.ETag),
        ], CancellationToken.None));

        Assert.Equal((412, 2), (refused.Status, refused.FailedActionIndex));
        var rows = await partitions.QueryAsync(table.Name, "PartitionKey eq 'p'", CancellationToken.None);
        Assert.Equal(["someone else's"], rows.Select(row => row.GetString("Text")));
    }

    [Fact]
    public async Task Adding_a_row_that_exists_is_refused_with_409_naming_the_action()
    {
        var (table, partitions) = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "taken"));

        var refused = await Assert.ThrowsAsync<PartitionWriteFailedException>(() => partitions.SubmitAsync(table.Name, [
            new(TableTransactionActionType.Add, new TableEntity("p", "free")),
            new(TableTransactionActionType.Add, new TableEntity("p", "other")),
            new(TableTransactionActionType.Add, new TableEntity("p", "taken")),
        ], CancellationToken.None));

        Assert.Equal((409, "EntityAlreadyExists", 2), (refused.Status, refused.ErrorCode, refused.FailedActionIndex));
        Assert.Single(await partitions.QueryAsync(table.Name, "PartitionKey eq 'p'", CancellationToken.None));
    }

    [Fact]
    public async Task A_missing_table_is_reported_as_missing_for_a_query_and_a_batch()
    {
        var (_, partitions) = await NewTableAsync();
        var missing = "missing" + Guid.NewGuid().ToString("N")[..12];

        var query = await Assert.ThrowsAnyAsync<RequestFailedException>(() => partitions.QueryAsync(missing, "PartitionKey eq 'p'", CancellationToken.None));
        var batch = await Assert.ThrowsAnyAsync<RequestFailedException>(() =>
            partitions.SubmitAsync(missing, [new(TableTransactionActionType.Add, new TableEntity("p", "r"))], CancellationToken.None));

        Assert.True(StorageFaults.IsTableMissing(query), query.Message);
        Assert.True(StorageFaults.IsTableMissing(batch), batch.Message);
    }

    [Fact]
    public async Task A_wrong_account_key_is_refused_with_403()
    {
        var (table, _) = await NewTableAsync();
        var key = environment.Azurite.ConnectionString.Split(';').Single(part => part.StartsWith("AccountKey=", StringComparison.Ordinal));
        var wrong = Client(environment.Azurite.ConnectionString.Replace(key, "AccountKey=" + Convert.ToBase64String(new byte[64]), StringComparison.Ordinal), NoRetries());

        var refused = await Assert.ThrowsAnyAsync<RequestFailedException>(() => wrong.QueryAsync(table.Name, "PartitionKey eq 'p'", CancellationToken.None));

        Assert.Equal(403, refused.Status);
    }

    [Fact]
    public async Task A_connection_string_with_a_shared_access_signature_reads_and_writes()
    {
        var (table, _) = await NewTableAsync();
        var service = new TableServiceClient(environment.Azurite.ConnectionString);
        var sas = service.GenerateSasUri(TableAccountSasPermissions.All, TableAccountSasResourceTypes.All, DateTimeOffset.UtcNow.AddHours(1)).Query.TrimStart('?');
        var partitions = Client($"TableEndpoint={service.Uri};SharedAccessSignature={sas}", NoRetries());

        await partitions.SubmitAsync(table.Name, [new(TableTransactionActionType.Add, new TableEntity("p", "r") { ["Text"] = "안녕" })], CancellationToken.None);

        var read = Assert.Single(await partitions.QueryAsync(table.Name, "PartitionKey eq 'p'", CancellationToken.None));
        Assert.Equal("안녕", read.GetString("Text"));
    }

    private async Task<(TableClient Table, PartitionClient Partitions)> NewTableAsync()
    {
        var table = new TableServiceClient(environment.Azurite.ConnectionString).GetTableClient("parts" + Guid.NewGuid().ToString("N")[..12]);
        await table.CreateIfNotExistsAsync();
        return (table, Client(environment.Azurite.ConnectionString, NoRetries()));
    }

    private static PartitionClient Client(string connectionString, TableClientOptions options) =>
        TableAccess.FromConnectionString(connectionString, options, TimeProvider.System).Partitions;

    private static TableClientOptions NoRetries()
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;
        return options;
    }

    private static TableEntity EveryType(string partition, string row) => new(partition, row)
    {
        ["Text"] = "여정 지도 \"quoted\" 'single' \\ 🧭 \u2028 end",
        ["Whole"] = 42,
        ["Negative"] = -7,
        ["Long"] = 9_007_199_254_740_993L,
        ["Fraction"] = 0.1,
        ["WholeDouble"] = 3.0,
        ["Flag"] = true,
        ["At"] = Moment,
        ["Id"] = Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff"),
        ["Bytes"] = new byte[] { 0, 1, 2, 250, 255 },
    };

    private static void AssertSameProperties(TableEntity expected, TableEntity actual)
    {
        string[] names = ["Text", "Whole", "Negative", "Long", "Fraction", "WholeDouble", "Flag", "At", "Id", "Bytes", "PartitionKey", "RowKey"];
        foreach (var name in names)
        {
            var (want, got) = (Normalized(expected[name]), Normalized(actual[name]));
            Assert.True(Equals(want, got) || (want is byte[] a && got is byte[] b && a.SequenceEqual(b)), $"{name}: expected {want} ({want?.GetType().Name}), read {got} ({got?.GetType().Name})");
        }
    }

    /// <summary>A moment compared as the instant it is (storage keeps UTC), binary as its bytes.</summary>
    private static object? Normalized(object? value) => value switch
    {
        DateTimeOffset moment => moment.ToUniversalTime(),
        BinaryData data => data.ToArray(),
        _ => value,
    };
}
