using System.Collections.Concurrent;
using System.Text;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;

namespace JourneyBot.Storage.Partitions;

/// <summary>
/// The two kinds of Table Storage request almost every turn makes, a partition query and a batch (the workshop store's
/// and the conversation index's), sent through the same Azure.Core pipeline (retries, network timeout, credential) as
/// <see cref="TableServiceClient"/> but without the Table SDK's generic layers: a partition's rows read from the
/// response bytes straight into entities, and a batch written into one pooled buffer. In the benchmark those layers (a
/// JsonDocument and two dictionaries per entity, a string per batch line, a new HMAC object per request) were about
/// half of a turn's allocations (docs/architecture.md, Benchmarks). The rest (creating tables, point reads and writes,
/// versions, reminders) stays on the SDK.
/// </summary>
public sealed class PartitionClient
{
    private const string Version = "2019-02-02";
    private const string Accept = "application/json;odata=minimalmetadata";
    private const int MaxErrorBody = 64 * 1024;

    private readonly HttpPipeline _pipeline;
    private readonly string _baseUri;
    private readonly Uri _batchUri;
    private readonly ConcurrentDictionary<string, Uri> _queryUris = new(StringComparer.Ordinal);
    private readonly string? _sas;

    private PartitionClient(Uri endpoint, HttpPipeline pipeline, string? sas)
    {
        _pipeline = pipeline;
        _baseUri = endpoint.GetLeftPart(UriPartial.Authority) + endpoint.AbsolutePath.TrimEnd('/');
        _batchUri = new Uri(_baseUri + "/$batch");
        _sas = string.IsNullOrEmpty(sas) ? null : sas.TrimStart('?');
    }

    /// <summary>A client for the account a connection string names: its account key signs (Shared Key Lite), or its SAS is sent.</summary>
    public static PartitionClient FromConnectionString(string connectionString, TableClientOptions options, TimeProvider time)
    {
        var service = new TableServiceClient(connectionString, options);
        var settings = StorageConnectionString.Parse(connectionString);
        var endpoint = new UriBuilder(service.Uri) { Query = string.Empty }.Uri;
        if (settings.AccountKey is { } key)
        {
            return new PartitionClient(endpoint, HttpPipelineBuilder.Build(options, new RequestDate(time), new SharedKeyLiteSigning(service.AccountName, key)), sas: null);
        }

        var sas = settings.SharedAccessSignature
            ?? throw new InvalidOperationException("The Tables connection string has neither AccountKey nor SharedAccessSignature.");
        return new PartitionClient(endpoint, HttpPipelineBuilder.Build(options, new RequestDate(time)), sas);
    }

    /// <summary>A client for <paramref name="endpoint"/> with Microsoft Entra tokens (a managed identity in Azure).</summary>
    public static PartitionClient FromCredential(Uri endpoint, TokenCredential credential, TableClientOptions options, TimeProvider time) =>
        new(endpoint, HttpPipelineBuilder.Build(options, new RequestDate(time), new BearerTokenAuthenticationPolicy(credential, "https://storage.azure.com/.default")), sas: null);

    /// <summary>Every entity of <paramref name="table"/> that <paramref name="filter"/> (an OData filter) selects, page after page.</summary>
    public async Task<List<TableEntity>> QueryAsync(string table, string filter, CancellationToken cancellationToken)
    {
        var entities = new List<TableEntity>();
        string? nextPartition = null, nextRow = null;
        do
        {
            using var message = _pipeline.CreateMessage();
            message.BufferResponse = false;
            var request = Prepare(message, RequestMethod.Get, _queryUris.GetOrAdd(table, name => new Uri($"{_baseUri}/{name}()")));
            request.Uri.AppendQuery("$filter", filter);
            if (nextPartition is not null)
            {
                request.Uri.AppendQuery("NextPartitionKey", nextPartition);
            }

            if (nextRow is not null)
            {
                request.Uri.AppendQuery("NextRowKey", nextRow);
            }

            await _pipeline.SendAsync(message, cancellationToken);
            var response = message.Response;
            if (response.Status != 200)
            {
                throw await FailureAsync(response, cancellationToken);
            }

            var (buffer, length) = await ReadAllAsync(response, int.MaxValue, cancellationToken);
            EntityJson.ReadQueryResponse(buffer.AsSpan(0, length), entities);

            nextPartition = response.Headers.TryGetValue("x-ms-continuation-NextPartitionKey", out var partition) ? partition : null;
            nextRow = response.Headers.TryGetValue("x-ms-continuation-NextRowKey", out var row) ? row : null;
        }
        while (nextPartition is not null);

        return entities;
    }

    /// <summary>
    /// Writes <paramref name="actions"/> (one partition, at most 100) as one entity group transaction: all or nothing.
    /// A refusal is a <see cref="PartitionWriteFailedException"/> naming the refused action.
    /// </summary>
    public async Task SubmitAsync(string table, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        if (actions.Count == 0)
        {
            return;
        }

        using var body = BatchBody.For($"{_baseUri}/{table}", actions);
        using var message = _pipeline.CreateMessage();
        message.BufferResponse = false;
        var request = Prepare(message, RequestMethod.Post, _batchUri);
        request.Headers.SetValue("Content-Type", body.ContentType);
        request.Content = RequestContent.Create(body.Written);
        await _pipeline.SendAsync(message, cancellationToken);
        var response = message.Response;
        if (response.Status != 202)
        {
            throw await FailureAsync(response, cancellationToken);
        }

        var text = await ReadTextAsync(response, int.MaxValue, cancellationToken);
        if (BatchResponse.FirstFailure(text) is { } failure)
        {
            throw new PartitionWriteFailedException(
                failure.Status, $"Storage refused a batch to {table} with {failure.Status} {failure.ErrorCode}: {failure.Message}", failure.ErrorCode, failure.Index);
        }
    }

    /// <remarks>The address is set whole with Reset: RequestUriBuilder keeps the Uri it built before a Path change.</remarks>
    private Request Prepare(HttpMessage message, RequestMethod method, Uri address)
    {
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(address);
        if (_sas is not null)
        {
            request.Uri.Query = "?" + _sas;
        }

        request.Headers.SetValue("Accept", Accept);
        request.Headers.SetValue("DataServiceVersion", "3.0");
        request.Headers.SetValue("x-ms-version", Version);
        return request;
    }

    private static async Task<RequestFailedException> FailureAsync(Response response, CancellationToken cancellationToken)
    {
        var body = await ReadTextAsync(response, MaxErrorBody, cancellationToken);
        var (code, message) = ServiceError.Read(body);
        if (response.Headers.TryGetValue("x-ms-error-code", out var header))
        {
            code = header;
        }

        return new RequestFailedException(response.Status, $"Storage answered {response.Status} {code}: {message ?? response.ReasonPhrase}", code, innerException: null);
    }

    private static async Task<string> ReadTextAsync(Response response, int limit, CancellationToken cancellationToken)
    {
        var (buffer, length) = await ReadAllAsync(response, limit, cancellationToken);
        return Encoding.UTF8.GetString(buffer, 0, length);
    }

    /// <summary>
    /// The response body, up to <paramref name="limit"/> bytes, in an array of the announced length (one allocation
    /// when the service says Content-Length, as it does). Not pooled: buffers kept by the shared pool for every thread
    /// and size added about 20 MiB of RSS in the benchmark, for no measurable CPU.
    /// </summary>
    private static async Task<(byte[] Buffer, int Length)> ReadAllAsync(Response response, int limit, CancellationToken cancellationToken)
    {
        if (response.ContentStream is not { } stream)
        {
            return ([], 0);
        }

        var announced = response.Headers.ContentLengthLong is long size and >= 0 ? (int)Math.Min(size, limit) : -1;
        var buffer = new byte[announced >= 0 ? announced : Math.Min(16 * 1024, limit)];
        var length = 0;
        while (length < limit)
        {
            if (length == buffer.Length)
            {
                if (announced >= 0)
                {
                    break;
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, limit));
            }

            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        return (buffer, length);
    }
}
