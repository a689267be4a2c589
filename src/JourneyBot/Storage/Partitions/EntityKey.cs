using System.Text;

namespace JourneyBot.Storage.Partitions;

/// <summary>
/// An entity's key in a request path, <c>PartitionKey='a',RowKey='b'</c>: each value with its quotes doubled (OData) and
/// then percent-encoded, so any key the stores write (they escape their own, <see cref="TableKey"/>) addresses its row.
/// </summary>
internal static class EntityKey
{
    public static string Of(string partitionKey, string rowKey) =>
        new StringBuilder("PartitionKey='").Append(Escape(partitionKey)).Append("',RowKey='").Append(Escape(rowKey)).Append('\'').ToString();

    private static string Escape(string value) => Uri.EscapeDataString(value.Replace("'", "''", StringComparison.Ordinal));
}
