using System.Diagnostics;
using Azure.Data.Tables;
using JourneyBot.Storage.Versions;
using JourneyBot.Storage.Workshops;
using JourneyBot.Tests.Driver;
using JourneyBot.Tests.Storage.Workshops;
using JourneyBot.Workshop;
using Xunit.Abstractions;

namespace JourneyBot.Tests.Storage.Versions;

/// <summary>Finished versions in the MapVersions table: the largest map round trips within Table Storage's limits, listing reads no data, the workshop stays one query.</summary>
[Collection(BotTests.Name)]
public sealed class MapVersionStorageTests(BotEnvironment environment, ITestOutputHelper output)
{
    /// <summary>Table Storage's limits: 64 KiB per property, 1 MiB per entity (docs/protocol.md, Azure Table Storage).</summary>
    private const int MaxProperty = 64 * 1024;
    private const int MaxEntity = 1024 * 1024;

    private static MapVersion Finish(JourneyMap map, Participant by, DateTimeOffset at, int number = 1)
    {
        var finished = SampleWorkshops.Ok((map with { MapVersionNumber = number }).Finish(by, RevisitPlan.Default, at));
        return MapVersion.Of(finished, MapAnalysis.Of(finished, AnalysisThresholds.Default));
    }

    [Fact]
    public async Task The_largest_map_saves_within_the_entity_and_property_limits_and_reads_back_equal()
    {
        var tables = await VersionTables.CreateAsync(environment);
        var version = Finish(LargestMaps.Build(), SampleWorkshops.Alice, SampleWorkshops.Start);

        await tables.Versions.SaveAsync(SampleWorkshops.Owner, version, CancellationToken.None);
        tables.Requests.Clear();
        var loaded = await tables.Versions.LoadAsync(SampleWorkshops.Owner, version.Map.Id, 1, CancellationToken.None);

        Assert.Single(tables.Requests.All);
        Assert.NotNull(loaded);
        Assert.Equal(SampleWorkshops.Canonical(version.Map), SampleWorkshops.Canonical(loaded.Map));
        Assert.Equal((1, SampleWorkshops.Start, SampleWorkshops.Alice), (loaded.Number, loaded.FinishedAt, loaded.FinishedBy));
        Assert.Equal(version.Findings, loaded.Findings, FindingEquality.Instance);
        Assert.Equal(20, loaded.Actions.Count);
        var rows = await tables.RowsAsync(tables.Names.MapVersions, version.Map.Id);
        foreach (var row in rows)
        {
            var binaries = ((IDictionary<string, object>)row).Values.OfType<byte[]>().ToArray();
            Assert.All(binaries, data => Assert.True(data.Length <= MaxProperty, $"{data.Length} bytes in one property"));
            Assert.True(binaries.Sum(data => data.Length) + 4096 < MaxEntity, $"{binaries.Sum(data => data.Length)} bytes in one row");
        }

        output.WriteLine($"largest map: {SampleWorkshops.Canonical(version.Map).Length:N0} characters of JSON, {rows.Sum(row => ((IDictionary<string, object>)row).Values.OfType<byte[]>().Sum(data => data.Length)):N0} bytes compressed in {rows.Count} row(s)");
    }

    [Fact]
    public async Task A_version_larger_than_one_entity_continues_in_more_rows_and_reads_back_equal()
    {
        var tables = await VersionTables.CreateAsync(environment);
        var map = LargestMaps.Build();
        var notes = Enumerable.Range(1, 150).Select(number => new EvidenceNote
        {
            Id = $"extra{number}",
            Text = LargestMaps.Korean(Limits.MaxLongTextLength, 50_000 + number),
            Target = EvidenceTarget.Stage(map.StagesInOrder[0].Id),
            Backing = EvidenceBacking.Assumption,
            Author = SampleWorkshops.Bora,
            CreatedAt = SampleWorkshops.Start,
        });
        var version = Finish(map with { EvidenceNotes = [.. map.EvidenceNotes, .. notes] }, SampleWorkshops.Alice, SampleWorkshops.Start);

        await tables.Versions.SaveAsync(SampleWorkshops.Owner, version, CancellationToken.None);
        var loaded = await tables.Versions.LoadAsync(SampleWorkshops.Owner, version.Map.Id, 1, CancellationToken.None);

        var rows = await tables.RowsAsync(tables.Names.MapVersions, version.Map.Id);
        Assert.True(rows.Count > 2, $"{rows.Count} rows");
        Assert.Equal(["000001", .. Enumerable.Range(1, rows.Count - 1).Select(part => $"000001.{part:D3}")], rows.Select(row => row.RowKey));
        Assert.NotNull(loaded);
        Assert.Equal(SampleWorkshops.Canonical(version.Map), SampleWorkshops.Canonical(loaded.Map));
    }

    [Fact]
    public async Task Saving_the_same_version_twice_keeps_one_and_listing_is_one_query_without_the_data()
    {
        var tables = await VersionTables.CreateAsync(environment);
        var map = SampleWorkshops.Ok(SampleWorkshops.Rich().GoToStep(SampleWorkshops.Alice, 7));
        var first = Finish(map, SampleWorkshops.Alice, SampleWorkshops.Start);
        var second = Finish(map, SampleWorkshops.Bora, SampleWorkshops.Start.AddDays(90), number: 2);

        await tables.Versions.SaveAsync(SampleWorkshops.Owner, first, CancellationToken.None);
        await tables.Versions.SaveAsync(SampleWorkshops.Owner, first, CancellationToken.None);
        await tables.Versions.SaveAsync(SampleWorkshops.Owner, second, CancellationToken.None);
        tables.Requests.Clear();
        var listed = await tables.Versions.ListAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None);

        Assert.Equal(
            [new MapVersionSummary(1, SampleWorkshops.Start, SampleWorkshops.Alice), new MapVersionSummary(2, SampleWorkshops.Start.AddDays(90), SampleWorkshops.Bora)],
            listed);
        Assert.Equal(["000001", "000002"], (await tables.RowsAsync(tables.Names.MapVersions, map.Id)).Select(row => row.RowKey));
        var request = Assert.Single(tables.Requests.All);
        Assert.StartsWith("GET ", request, StringComparison.Ordinal);
        Assert.Contains("$select=Number,FinishedAt,FinishedByAadObjectId,FinishedByName,OwnerTenantId,OwnerConversationId", request, StringComparison.Ordinal);
        Assert.DoesNotContain("Data", request, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_conversation_or_tenant_neither_lists_nor_reads_a_version()
    {
        var tables = await VersionTables.CreateAsync(environment);
        var version = Finish(SampleWorkshops.Ok(SampleWorkshops.Rich().GoToStep(SampleWorkshops.Alice, 7)), SampleWorkshops.Alice, SampleWorkshops.Start);
        await tables.Versions.SaveAsync(SampleWorkshops.Owner, version, CancellationToken.None);

        foreach (var stranger in new[] { SampleWorkshops.Owner with { ConversationId = "19:other@thread.tacv2" }, SampleWorkshops.Owner with { TenantId = "tenant-fabrikam" } })
        {
            Assert.Empty(await tables.Versions.ListAsync(stranger, version.Map.Id, CancellationToken.None));
            Assert.Null(await tables.Versions.LoadAsync(stranger, version.Map.Id, 1, CancellationToken.None));
        }

        var thread = SampleWorkshops.Owner with { ConversationId = SampleWorkshops.Owner.ConversationId + ";messageid=123" };
        Assert.NotNull(await tables.Versions.LoadAsync(thread, version.Map.Id, 1, CancellationToken.None));
        Assert.Null(await tables.Versions.LoadAsync(SampleWorkshops.Owner, version.Map.Id, 2, CancellationToken.None));
    }

    [Fact]
    public async Task Versions_leave_the_workshop_partition_alone_so_loading_the_workshop_stays_one_query()
    {
        var tables = await VersionTables.CreateAsync(environment);
        var map = SampleWorkshops.Ok(SampleWorkshops.Rich().GoToStep(SampleWorkshops.Alice, 7));
        await tables.Workshops.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);
        var before = (await tables.RowsAsync(tables.Names.Workshops, map.Id)).Select(row => (row.RowKey, row.ETag)).ToArray();

        for (var number = 1; number <= 5; number++)
        {
            await tables.Versions.SaveAsync(SampleWorkshops.Owner, Finish(map, SampleWorkshops.Alice, SampleWorkshops.Start.AddDays(number), number), CancellationToken.None);
        }

        tables.Requests.Clear();
        var loaded = await tables.Workshops.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Single(tables.Requests.All);
        Assert.Equal(before, (await tables.RowsAsync(tables.Names.Workshops, map.Id)).Select(row => (row.RowKey, row.ETag)));
        Assert.Equal(5, (await tables.RowsAsync(tables.Names.MapVersions, map.Id)).Count);
    }

    [Fact]
    public async Task Comparing_the_two_largest_versions_is_timed_for_the_note()
    {
        var tables = await VersionTables.CreateAsync(environment);
        var map = LargestMaps.Build();
        var first = Finish(map, SampleWorkshops.Alice, SampleWorkshops.Start);
        var second = Finish(LargestMaps.WithActions(map, SampleWorkshops.Bora, SampleWorkshops.Start, ActionStatus.Done), SampleWorkshops.Alice, SampleWorkshops.Start.AddDays(90), number: 2);
        await tables.Versions.SaveAsync(SampleWorkshops.Owner, first, CancellationToken.None);
        await tables.Versions.SaveAsync(SampleWorkshops.Owner, second, CancellationToken.None);

        var watch = Stopwatch.StartNew();
        var older = await tables.Versions.LoadAsync(SampleWorkshops.Owner, map.Id, 1, CancellationToken.None);
        var newer = await tables.Versions.LoadAsync(SampleWorkshops.Owner, map.Id, 2, CancellationToken.None);
        var loadedAt = watch.Elapsed;
        var comparison = VersionComparison.Of(older!, newer!);
        var comparedAt = watch.Elapsed;

        Assert.Equal(16, comparison.Kpis.Count);
        Assert.Equal(40, comparison.Emotions.Count);
        Assert.Equal(20, comparison.ActionsDone.Count);
        output.WriteLine($"two largest versions: loaded in {loadedAt.TotalMilliseconds:N0} ms (2 queries), compared in {(comparedAt - loadedAt).TotalMilliseconds:N1} ms");
    }

    /// <summary>Findings compare by id, kind, severity, subjects and arguments (their lists are not records).</summary>
    private sealed class FindingEquality : IEqualityComparer<Finding>
    {
        public static readonly FindingEquality Instance = new();

        public bool Equals(Finding? x, Finding? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Kind == y.Kind && x.Severity == y.Severity && x.StageId == y.StageId
            && x.NextStageId == y.NextStageId && x.PersonaIds.SequenceEqual(y.PersonaIds) && x.TouchpointIds.SequenceEqual(y.TouchpointIds)
            && x.KpiIds.SequenceEqual(y.KpiIds) && x.Arguments.SequenceEqual(y.Arguments);

        public int GetHashCode(Finding obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
