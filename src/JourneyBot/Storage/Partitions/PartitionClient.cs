using System.Buffers;
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

    /// <summary>A batch's answer: a short part per operation, at most 100 of them.</summary>
    private const int MaxBatchAnswer = 1024 * 1024;

    /// <summary>A query page: at most 1,000 entities; the largest workshop (docs/protocol.md) is a few MB of JSON.</summary>
    private const int MaxQueryPage = 64 * 1024 * 1024;

    private readonly HttpPipeline _pipeline;
    private readonly string _baseUri;
    private readonly Uri _batchUri;
    private readonly ConcurrentDictionary<string, Uri> _queryUris = new(StringComparer.Ordinal);

    /// <summary>
    /// Buffers for batch bodies (a few KB each): a pool of the client's own, shared by all threads, keeping at most 8
    /// buffers of each size (the shared ArrayPool keeps some per thread and size).
    /// </summary>
    private readonly ArrayPool<byte> _buffers = ArrayPool<byte>.Create(maxArrayLength: 8 * 1024 * 1024, maxArraysPerBucket: 8);
    private readonly string? _sas;

    private PartitionClient(Uri endpoint, HttpPipeline pipeline, string? sas)
    {
        _pipeline = pipeline;
        _baseUri = endpoint.GetLeftPart(UriPartial.Authority) + endpoint.AbsolutePath.TrimEnd('/');
        _batchUri = new Uri(_baseUri + "/$batch");
        _sas = string.IsNullOrEmpty(sas) ? null : sas.TrimStart('?');
    }

    /// <summary>A client for the account a connection string names: its account key signs (Shared Key Lite), or its SAS is sent.</summary>
    /// <param name="service">The SDK's client of the same connection string: its endpoint and account name are this one's.</param>
    public static PartitionClient FromConnectionString(string connectionString, TableServiceClient service, TableClientOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(service);
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
    public Task<List<TableEntity>> QueryAsync(string table, string filter, CancellationToken cancellationToken) =>
        QueryAsync(table, filter, keepEncoded: null, cancellationToken);

    /// <summary>
    /// Every entity of <paramref name="table"/> that <paramref name="filter"/> selects, with the string properties
    /// <paramref name="keepEncoded"/> picks as <see cref="EncodedText"/>.
    /// </summary>
    public async Task<List<TableEntity>> QueryAsync(string table, string filter, Func<string, bool>? keepEncoded, CancellationToken cancellationToken)
    {
        var entities = new List<TableEntity>();
        var next = new Continuation(null, null);
        do
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    next = await ReadPageAsync(table, filter, next, entities, keepEncoded, cancellationToken);
                    break;
                }
                catch (IOException) when (attempt == 1 && !cancellationToken.IsCancellationRequested)
                {
                    // The body broke off after the answer began: the pipeline tries again only until an answer begins
                    // (the body is read after it), and a query can always be sent again.
                }
            }
        }
        while (next.PartitionKey is not null);

        return entities;
    }

    /// <summary>One page of a query, its entities added to <paramref name="into"/>; the continuation to the next page.</summary>
    private async Task<Continuation> ReadPageAsync(
        string table, string filter, Continuation from, List<TableEntity> into, Func<string, bool>? keepEncoded, CancellationToken cancellationToken)
    {
        using var message = _pipeline.CreateMessage();
        message.BufferResponse = false;
        var request = Prepare(message, RequestMethod.Get, _queryUris.GetOrAdd(table, name => new Uri($"{_baseUri}/{name}()")));
        request.Uri.AppendQuery("$filter", filter);
        if (from.PartitionKey is not null)
        {
            request.Uri.AppendQuery("NextPartitionKey", from.PartitionKey);
        }

        if (from.RowKey is not null)
        {
            request.Uri.AppendQuery("NextRowKey", from.RowKey);
        }

        await _pipeline.SendAsync(message, cancellationToken);
        var response = message.Response;
        if (response.Status != 200)
        {
            throw await FailureAsync(response, cancellationToken);
        }

        using var body = await ResponseBody.ReadAsync(response, MaxQueryPage, cancellationToken);
        EntityJson.ReadQueryResponse(body.Span, into, keepEncoded);
        return new Continuation(
            response.Headers.TryGetValue("x-ms-continuation-NextPartitionKey", out var partition) ? partition : null,
            response.Headers.TryGetValue("x-ms-continuation-NextRowKey", out var row) ? row : null);
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

        using var body = BatchBody.For($"{_baseUri}/{table}", actions, _buffers);
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

        using var answer = await ResponseBody.ReadAsync(response, MaxBatchAnswer, cancellationToken);
        if (BatchResponse.FirstFailure(answer.Span) is { } failure)
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
        using var body = await ResponseBody.ReadAsync(response, MaxErrorBody, cancellationToken);
        var (code, message) = ServiceError.Read(body.ToString());
        if (response.Headers.TryGetValue("x-ms-error-code", out var header))
        {
            code = header;
        }

        return new RequestFailedException(response.Status, $"Storage answered {response.Status} {code}: {message ?? response.ReasonPhrase}", code, innerException: null);
    }

    /// <summary>Where the next page of a query begins (the service's continuation headers); none after the last page.</summary>
    private readonly record struct Continuation(string? PartitionKey, string? RowKey);
}
