using Azure.Data.Tables;
using JourneyBot.Storage.Workshops;
using JourneyBot.Workshop;

namespace JourneyBot.Storage.Versions;

/// <summary>
/// The rows of one version: PartitionKey the workshop id (escaped), RowKey the number zero-padded to 6 digits, holding
/// who and when (the columns a list reads) and the compressed snapshot in binary properties Data0, Data1... of at most
/// 64 KiB each (Table Storage's property limit). Past <see cref="PropertiesPerRow"/> of them (640 KiB, 853 KiB as base64,
/// inside the 1 MiB entity) the data continues in rows "{number}.001", "{number}.002"...; the first row says how many rows and bytes.
/// </summary>
internal static class MapVersionEntities
{
    /// <summary>Table Storage's largest binary property.</summary>
    public const int MaxPropertyBytes = 64 * 1024;

    /// <summary>
    /// Data properties per row: 10 x 64 KiB = 640 KiB, which is 853 KiB as the base64 a request carries, so a row stays under
    /// 1 MiB whether the size is counted in bytes (Azure) or in the request's base64 (Azurite refuses past that).
    /// </summary>
    public const int PropertiesPerRow = 10;

    /// <summary>Value of <c>Kind</c> on a version's first row; continuation rows say <see cref="PartKind"/>. A list selects the first rows by it.</summary>
    public const string VersionKind = "Version";

    public const string PartKind = "Part";

    private const string Number = "Number";
    private const string FinishedAt = "FinishedAt";
    private const string FinishedById = "FinishedByAadObjectId";
    private const string FinishedByName = "FinishedByName";
    private const string OwnerTenant = "OwnerTenantId";
    private const string OwnerConversation = "OwnerConversationId";
    private const string RowCount = "Rows";
    private const string Bytes = "Bytes";

    /// <summary>The columns a list reads: never the data.</summary>
    public static IReadOnlyList<string> SummaryColumns { get; } = [Number, FinishedAt, FinishedById, FinishedByName, OwnerTenant, OwnerConversation];

    public static string Partition(string workshopId) => WorkshopKeys.Partition(workshopId);

    public static string FirstRow(int number) => number.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A continuation row: "." sorts after nothing a first row holds, so a version's rows are the range [first, first + "/").</summary>
    public static string PartRow(int number, int part) => $"{FirstRow(number)}.{part:D3}";

    /// <summary>Past a version's last continuation row ('/' follows '.').</summary>
    public static string AfterRows(int number) => FirstRow(number) + "/";

    public static List<TableEntity> Rows(WorkshopOwner owner, MapVersion version, byte[] compressed)
    {
        var partition = Partition(version.Map.Id);
        var chunks = compressed.Chunk(MaxPropertyBytes).ToArray();
        var rows = chunks.Chunk(PropertiesPerRow).ToArray();
        var entities = new List<TableEntity>(Math.Max(1, rows.Length));
        for (var row = 0; row < Math.Max(1, rows.Length); row++)
        {
            var entity = row == 0
                ? new TableEntity(partition, FirstRow(version.Number))
                {
                    ["Kind"] = VersionKind,
                    [Number] = version.Number,
                    [FinishedAt] = version.FinishedAt,
                    [FinishedById] = version.FinishedBy.AadObjectId,
                    [FinishedByName] = version.FinishedBy.Name,
                    [OwnerTenant] = owner.Tenant,
                    [OwnerConversation] = owner.Conversation,
                    [RowCount] = Math.Max(1, rows.Length),
                    [Bytes] = compressed.Length,
                }
                : new TableEntity(partition, PartRow(version.Number, row)) { ["Kind"] = PartKind };
            var data = rows.Length == 0 ? [] : rows[row];
            for (var property = 0; property < data.Length; property++)
            {
                entity[$"Data{property}"] = data[property];
            }

            entities.Add(entity);
        }

        return entities;
    }

    public static bool OwnedBy(TableEntity first, WorkshopOwner owner) =>
        owner.Owns(new WorkshopOwner(first.GetString(OwnerTenant) is { Length: > 0 } tenant ? tenant : null, first.GetString(OwnerConversation) ?? string.Empty));

    public static MapVersionSummary Summary(TableEntity first) => new(
        first.GetInt32(Number) ?? 0,
        first.GetDateTimeOffset(FinishedAt) ?? DateTimeOffset.MinValue,
        new Participant(first.GetString(FinishedById) ?? string.Empty, first.GetString(FinishedByName) ?? string.Empty));

    /// <summary>The compressed snapshot from a version's rows (first row first, as a range query returns them); null when rows are missing.</summary>
    public static byte[]? Data(IReadOnlyList<TableEntity> rows)
    {
        var first = rows[0];
        var rowCount = first.GetInt32(RowCount) ?? 1;
        var length = first.GetInt32(Bytes) ?? 0;
        if (rows.Count < rowCount)
        {
            return null;
        }

        var data = new byte[length];
        var offset = 0;
        foreach (var row in rows.Take(rowCount))
        {
            for (var property = 0; property < PropertiesPerRow && row.GetBinary($"Data{property}") is { } chunk; property++)
            {
                if (offset + chunk.Length > length)
                {
                    return null;
                }

                chunk.CopyTo(data, offset);
                offset += chunk.Length;
            }
        }

        return offset == length ? data : null;
    }
}
