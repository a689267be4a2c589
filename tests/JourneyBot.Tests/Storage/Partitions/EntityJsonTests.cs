using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using JourneyBot.Storage.Partitions;

namespace JourneyBot.Tests.Storage.Partitions;

/// <summary>Entity JSON the service may send that Azurite does not: annotations after their value, an annotated Timestamp,
/// a Timestamp with an offset or none.</summary>
public sealed class EntityJsonTests
{
    [Fact]
    public void An_annotation_after_its_value_still_types_it()
    {
        var entity = Read("""{"PartitionKey":"p","RowKey":"r","Big":"9007199254740993","Big@odata.type":"Edm.Int64","At":"2026-12-02T00:30:15Z","At@odata.type":"Edm.DateTime"}""");

        Assert.Equal(9_007_199_254_740_993L, entity["Big"]);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 0, 30, 15, TimeSpan.Zero), entity["At"]);
    }

    [Fact]
    public void An_annotated_timestamp_and_special_doubles_read_as_their_types()
    {
        var entity = Read("""{"PartitionKey":"p","RowKey":"r","Timestamp@odata.type":"Edm.DateTime","Timestamp":"2026-12-02T00:30:15.1234567Z","Nan@odata.type":"Edm.Double","Nan":"NaN","Whole@odata.type":"Edm.Double","Whole":3,"Small":-7}""");

        Assert.Equal(new DateTimeOffset(2026, 12, 2, 0, 30, 15, TimeSpan.Zero).AddTicks(1_234_567), entity.Timestamp);
        Assert.True(double.IsNaN((double)entity["Nan"]));
        Assert.Equal(3.0, entity["Whole"]);
        Assert.Equal(-7, entity["Small"]);
    }

    [Theory]
    [InlineData("2026-12-02T00:30:15.1234567Z", 1_234_567)]
    [InlineData("2026-12-02T00:30:15.5Z", 5_000_000)]
    [InlineData("2026-12-02T00:30:15Z", 0)]
    [InlineData("2026-12-02T09:30:15.5+09:00", 5_000_000)]
    [InlineData("2026-12-02T00:30:15.5", 5_000_000)]
    public void A_timestamp_reads_as_the_same_moment_in_any_iso_form(string written, long ticks)
    {
        var entity = Read($$"""{"PartitionKey":"p","RowKey":"r","Timestamp":"{{written}}"}""");

        Assert.Equal(new DateTimeOffset(2026, 12, 2, 0, 30, 15, TimeSpan.Zero).AddTicks(ticks), entity.Timestamp);
    }

    [Fact]
    public void Many_distinct_names_and_keys_each_come_back_as_written()
    {
        // 200 distinct names and keys, more than the cache has slots: every one must still come back as written.
        var rows = Enumerable.Range(0, 200).Select(i => $$"""{"PartitionKey":"p{{i % 3}}","RowKey":"r{{i}}","Name{{i}}":"v{{i}}","Shared":"s{{i}}","Esc\u0061ped":"e"}""");
        var entities = new List<TableEntity>();

        EntityJson.ReadQueryResponse(Encoding.UTF8.GetBytes($$"""{"value":[{{string.Join(',', rows)}}]}"""), entities);

        Assert.Equal(200, entities.Count);
        for (var i = 0; i < entities.Count; i++)
        {
            Assert.Equal($"p{i % 3}", entities[i].PartitionKey);
            Assert.Equal($"r{i}", entities[i].RowKey);
            Assert.Equal($"v{i}", entities[i][$"Name{i}"]);
            Assert.Equal($"s{i}", entities[i]["Shared"]);
            Assert.Equal("e", entities[i]["Escaped"]);
        }

    }

    [Fact]
    public void Entities_of_one_shape_share_their_names_partition_key_and_type_annotations()
    {
        var rows = Enumerable.Range(0, 30).Select(i => $$"""{"PartitionKey":"workshop-1","RowKey":"Goal|g{{i}}","Kind":"Goal","UpdatedAt@odata.type":"Edm.DateTime","UpdatedAt":"2026-12-02T00:30:15Z","Json":"{}"}""");
        var entities = new List<TableEntity>();

        EntityJson.ReadQueryResponse(Encoding.UTF8.GetBytes($$"""{"value":[{{string.Join(',', rows)}}]}"""), entities);

        var first = entities[0].Keys;
        var last = entities[^1].Keys;
        Assert.Same(entities[0].PartitionKey, entities[^1].PartitionKey);
        Assert.All(first, name => Assert.Same(name, last.Single(other => other == name)));
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 0, 30, 15, TimeSpan.Zero), entities[^1]["UpdatedAt"]);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("{\\\"text\\\":\\\"a \\\\\\\"quote\\\\\\\" and a backslash \\\\\\\\\\\"}")]
    [InlineData("여정 \\u0041 \\ud83d\\ude00")]
    public void Picked_string_properties_stay_encoded_and_decode_to_the_same_text(string written)
    {
        var entities = new List<TableEntity>();
        var json = $$"""{"value":[{"PartitionKey":"p","RowKey":"r","Json":"{{written}}","Other":"{{written}}"}]}""";

        EntityJson.ReadQueryResponse(Encoding.UTF8.GetBytes(json), entities, name => name == "Json");

        var entity = Assert.Single(entities);
        var expected = Assert.IsType<string>(entity["Other"]);
        var encoded = Assert.IsType<EncodedText>(entity["Json"]);
        var utf8 = new byte[encoded.MaxUtf8Length];
        Assert.Equal(expected, Encoding.UTF8.GetString(utf8, 0, encoded.CopyUtf8(utf8)));
        Assert.Equal(expected, encoded.ToString());
    }

    [Fact]
    public void A_picked_property_annotated_as_another_type_is_read_as_that_type()
    {
        var entities = new List<TableEntity>();

        EntityJson.ReadQueryResponse("""{"value":[{"PartitionKey":"p","RowKey":"r","Big":"9007199254740993","Big@odata.type":"Edm.Int64"}]}"""u8, entities, _ => true);

        Assert.Equal(9_007_199_254_740_993L, Assert.Single(entities)["Big"]);
    }

    [Theory]
    [InlineData("""{"value":[{"PartitionKey":"p","RowKey":"r","Json@odata.type":"Edm.String","Json":"{}"}]}""")]
    [InlineData("""{"value":[{"PartitionKey":"p","RowKey":"r","Json":"{}","Json@odata.type":"Edm.String"}]}""")]
    public void A_picked_property_annotated_as_a_string_before_or_after_stays_encoded(string response)
    {
        var entities = new List<TableEntity>();

        EntityJson.ReadQueryResponse(Encoding.UTF8.GetBytes(response), entities, name => name == "Json");

        Assert.Equal("{}", Assert.IsType<EncodedText>(Assert.Single(entities)["Json"]).ToString());
    }

    [Fact]
    public void A_picked_property_annotated_as_another_type_before_its_value_is_read_as_that_type()
    {
        var entities = new List<TableEntity>();

        EntityJson.ReadQueryResponse("""{"value":[{"PartitionKey":"p","RowKey":"r","Big@odata.type":"Edm.Int64","Big":"9007199254740993"}]}"""u8, entities, _ => true);

        Assert.Equal(9_007_199_254_740_993L, Assert.Single(entities)["Big"]);
    }

    [Fact]
    public void An_empty_picked_string_decodes_to_nothing()
    {
        var entities = new List<TableEntity>();

        EntityJson.ReadQueryResponse("""{"value":[{"PartitionKey":"p","RowKey":"r","Json":""}]}"""u8, entities, _ => true);

        var encoded = Assert.IsType<EncodedText>(Assert.Single(entities)["Json"]);
        Assert.Equal(0, encoded.CopyUtf8(new byte[encoded.MaxUtf8Length]));
        Assert.Equal(string.Empty, encoded.ToString());
    }

    [Fact]
    public void A_picked_string_escaping_half_a_surrogate_pair_is_refused_as_json_not_as_a_crash()
    {
        var entities = new List<TableEntity>();

        EntityJson.ReadQueryResponse("""{"value":[{"PartitionKey":"p","RowKey":"r","Json":"{\"text\":\"\ud800\"}"}]}"""u8, entities, _ => true);

        var encoded = Assert.IsType<EncodedText>(Assert.Single(entities)["Json"]);
        Assert.Throws<JsonException>(() => encoded.CopyUtf8(new byte[encoded.MaxUtf8Length]));
        Assert.Throws<JsonException>(encoded.ToString);
    }

    private static TableEntity Read(string entity)
    {
        var entities = new List<TableEntity>();
        EntityJson.ReadQueryResponse(Encoding.UTF8.GetBytes($$"""{"odata.metadata":"m","value":[{{entity}}]}"""), entities);
        return Assert.Single(entities);
    }
}
