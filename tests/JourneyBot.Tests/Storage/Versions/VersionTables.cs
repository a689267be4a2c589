using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using JourneyBot.Storage;
using JourneyBot.Storage.Versions;
using JourneyBot.Storage.Workshops;
using JourneyBot.Tests.Driver;
using JourneyBot.Tests.Storage.Workshops;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JourneyBot.Tests.Storage.Versions;

/// <summary>The version store and the workshop store on tables of their own in the environment's Azurite, with a client that records its requests.</summary>
internal sealed class VersionTables
{
    private readonly TableServiceClient _inspector;

    private VersionTables(TableAccess counted, TableServiceClient inspector, TableNames names, RequestLog requests)
    {
        _inspector = inspector;
        Names = names;
        Requests = requests;
        Versions = new TableMapVersionStore(counted.Service, names, NullLogger<TableMapVersionStore>.Instance);
        Workshops = new TableWorkshopStore(counted.Service, counted.Partitions, names, new RecentLoads(TimeProvider.System), new DecodedRows(Options.Create(new StorageOptions())), TimeProvider.System, NullLogger<TableWorkshopStore>.Instance);
    }

    public TableMapVersionStore Versions { get; }

    public TableWorkshopStore Workshops { get; }

    public RequestLog Requests { get; }

    public TableNames Names { get; }

    public static async Task<VersionTables> CreateAsync(BotEnvironment environment)
    {
        var requests = new RequestLog();
        var options = new TableClientOptions();
        options.AddPolicy(requests, HttpPipelinePosition.PerRetry);
        var names = new TableNames(Options.Create(new StorageOptions { TablePrefix = "v" + Guid.NewGuid().ToString("N")[..12] }));
        var inspector = new TableServiceClient(environment.Azurite.ConnectionString);
        foreach (var table in names.All)
        {
            await inspector.GetTableClient(table).CreateIfNotExistsAsync();
        }

        return new VersionTables(TableAccess.FromConnectionString(environment.Azurite.ConnectionString, options, TimeProvider.System), inspector, names, requests);
    }

    /// <summary>Every row of <paramref name="table"/> in the workshop's partition, as stored.</summary>
    public async Task<List<TableEntity>> RowsAsync(string table, string workshopId)
    {
        var rows = new List<TableEntity>();
        var partition = TableKey.Escape(workshopId);
        await foreach (var row in _inspector.GetTableClient(table).QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}")))
        {
            rows.Add(row);
        }

        return rows;
    }
}

/// <summary>Every request a Table Storage client sends, retries included: method and URI.</summary>
internal sealed class RequestLog : HttpPipelineSynchronousPolicy
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _requests = new();

    public IReadOnlyList<string> All => [.. _requests];

    public void Clear() => _requests.Clear();

    public override void OnSendingRequest(HttpMessage message) => _requests.Enqueue($"{message.Request.Method} {Uri.UnescapeDataString(message.Request.Uri.ToString())}");
}
