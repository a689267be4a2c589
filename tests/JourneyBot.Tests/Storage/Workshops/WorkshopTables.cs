using Azure;
using Azure.Core;
using Azure.Data.Tables;
using JourneyBot.Storage;
using JourneyBot.Storage.Workshops;
using JourneyBot.Tests.Driver;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JourneyBot.Tests.Storage.Workshops;

/// <summary>
/// The workshop store and the conversation index on tables of their own (a fresh prefix) in the environment's Azurite,
/// with a client that counts its round trips, and a second, uncounted client to look at the raw rows.
/// </summary>
internal sealed class WorkshopTables
{
    private readonly TableServiceClient _inspector;
    private readonly TableNames _names;
    private readonly string _connectionString;

    private WorkshopTables(TableAccess counted, TableServiceClient inspector, TableNames names, RoundTripCounter counter, string connectionString)
    {
        _inspector = inspector;
        _names = names;
        _connectionString = connectionString;
        RoundTrips = counter;
        Store = new TableWorkshopStore(counted.Service, counted.Partitions, names, new RecentLoads(TimeProvider.System), new DecodedRows(Options.Create(new StorageOptions())), TimeProvider.System, NullLogger<TableWorkshopStore>.Instance);
        Index = new TableConversationWorkshops(counted.Service, counted.Partitions, names, NullLogger<TableConversationWorkshops>.Instance);
    }

    public TableWorkshopStore Store { get; }

    public TableConversationWorkshops Index { get; }

    public RoundTripCounter RoundTrips { get; }

    /// <summary>The tables' names (their prefix is this instance's own).</summary>
    public TableNames Names => _names;

    public static async Task<WorkshopTables> CreateAsync(BotEnvironment environment)
    {
        var counter = new RoundTripCounter();
        var options = new TableClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        var names = new TableNames(Options.Create(new StorageOptions { TablePrefix = "w" + Guid.NewGuid().ToString("N")[..12] }));
        var inspector = new TableServiceClient(environment.Azurite.ConnectionString);
        foreach (var table in names.All)
        {
            await inspector.GetTableClient(table).CreateIfNotExistsAsync();
        }

        return new WorkshopTables(TableAccess.FromConnectionString(environment.Azurite.ConnectionString, options, TimeProvider.System), inspector, names, counter, environment.Azurite.ConnectionString);
    }

    /// <summary>A store on the same tables with decoded rows of its own, as another instance of the app has; 0 megabytes decodes every row.</summary>
    public TableWorkshopStore AnotherInstance(int decodedRowsMegabytes = 16)
    {
        var client = TableAccess.FromConnectionString(_connectionString, new TableClientOptions(), TimeProvider.System);
        var decoded = new DecodedRows(Options.Create(new StorageOptions { DecodedRowsMegabytes = decodedRowsMegabytes }));
        return new TableWorkshopStore(client.Service, client.Partitions, _names, new RecentLoads(TimeProvider.System), decoded, TimeProvider.System, NullLogger<TableWorkshopStore>.Instance);
    }

    /// <summary>A store on the same tables whose requests storage refuses (403: the account key is wrong), without retries.</summary>
    public TableWorkshopStore StoreWithWrongAccountKey()
    {
        var key = _connectionString.Split(';').Single(part => part.StartsWith("AccountKey=", StringComparison.Ordinal));
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;
        var client = TableAccess.FromConnectionString(_connectionString.Replace(key, "AccountKey=" + Convert.ToBase64String(new byte[64]), StringComparison.Ordinal), options, TimeProvider.System);
        return new TableWorkshopStore(client.Service, client.Partitions, _names, new RecentLoads(TimeProvider.System), new DecodedRows(Options.Create(new StorageOptions())), TimeProvider.System, NullLogger<TableWorkshopStore>.Instance);
    }

    /// <summary>An index on the same tables whose every batch finds every index row just changed by someone else.</summary>
    public (TableConversationWorkshops Index, BeforeEachBatch Interference) IndexAlwaysOvertaken()
    {
        var interference = new BeforeEachBatch(() =>
        {
            var table = _inspector.GetTableClient(_names.ConversationWorkshops);
            foreach (var row in table.Query<TableEntity>())
            {
                table.UpdateEntity(new TableEntity(row.PartitionKey, row.RowKey) { ["TouchedBy"] = "another instance" }, ETag.All, TableUpdateMode.Merge);
            }
        });
        var options = new TableClientOptions();
        options.AddPolicy(interference, HttpPipelinePosition.PerCall);
        var client = TableAccess.FromConnectionString(_connectionString, options, TimeProvider.System);
        return (new TableConversationWorkshops(client.Service, client.Partitions, _names, NullLogger<TableConversationWorkshops>.Instance), interference);
    }

    /// <summary>Writes a raw row into a workshop's partition, as a faulty or foreign writer might.</summary>
    public async Task WriteRowAsync(string workshopId, string rowKey, IDictionary<string, object> columns)
    {
        var entity = new TableEntity(columns) { PartitionKey = TableKey.Escape(workshopId), RowKey = rowKey };
        await _inspector.GetTableClient(_names.Workshops).UpsertEntityAsync(entity, TableUpdateMode.Replace);
    }

    /// <summary>Every row of a workshop's partition, by RowKey, as stored.</summary>
    public async Task<Dictionary<string, TableEntity>> RowsAsync(string workshopId)
    {
        var rows = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        var partition = TableKey.Escape(workshopId);
        await foreach (var row in _inspector.GetTableClient(_names.Workshops).QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}")))
        {
            rows.Add(row.RowKey, row);
        }

        return rows;
    }

    /// <summary>Changes the header as a concurrent writer would (its ETag moves on), synchronously so a command can call it.</summary>
    public void TouchHeader(string workshopId) =>
        _inspector.GetTableClient(_names.Workshops).UpdateEntity(
            new TableEntity(TableKey.Escape(workshopId), "header") { ["TouchedBy"] = "another instance" }, ETag.All, TableUpdateMode.Merge);

    /// <summary>Changes a stage's row as a concurrent writer would (its ETag moves on), synchronously so a command can call it.</summary>
    public void TouchStage(string workshopId, string stageId) =>
        _inspector.GetTableClient(_names.Workshops).UpdateEntity(
            new TableEntity(TableKey.Escape(workshopId), $"Stage|{TableKey.Escape(stageId)}") { ["TouchedBy"] = "another instance" }, ETag.All, TableUpdateMode.Merge);

    /// <summary>Deletes a row as a concurrent writer would, synchronously so a command can call it.</summary>
    public void DeleteRow(string workshopId, string rowKey) =>
        _inspector.GetTableClient(_names.Workshops).DeleteEntity(TableKey.Escape(workshopId), rowKey, ETag.All);

    /// <summary>Every row of the conversation index.</summary>
    public async Task<List<TableEntity>> IndexRowsAsync()
    {
        var rows = new List<TableEntity>();
        await foreach (var row in _inspector.GetTableClient(_names.ConversationWorkshops).QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        return rows;
    }
}
