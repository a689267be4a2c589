using JourneyBot.Workshop;

namespace JourneyBot.Storage.Workshops;

/// <summary>The keys of the workshop tables: one partition per workshop, one row per item, one partition per conversation.</summary>
internal static class WorkshopKeys
{
    /// <summary>The RowKey of a workshop's header entity; item rows always contain <see cref="Separator"/>, so they never meet it.</summary>
    public const string HeaderRow = "header";

    public const char Separator = '|';

    public static string Partition(string workshopId) => TableKey.Escape(workshopId);

    /// <summary>"{row kind}|{escaped id}" (<see cref="ItemKindDeclaration.RowKind"/>): the kind comes first, so the id may hold anything.</summary>
    public static string ItemRow(ItemKind kind, string id) => $"{ItemKinds.Of(kind).RowKind}{Separator}{TableKey.Escape(id)}";

    /// <summary>The kind and id of an item row, or null for the header and for kinds this version does not declare.</summary>
    public static (ItemKindDeclaration Declaration, string Id)? ParseItemRow(string rowKey)
    {
        var separator = rowKey.IndexOf(Separator, StringComparison.Ordinal);
        if (separator <= 0 || ItemKinds.FindByRowKind(rowKey[..separator]) is not { } declaration)
        {
            return null;
        }

        return (declaration, TableKey.Unescape(rowKey[(separator + 1)..]));
    }

    /// <summary>
    /// "{tenant}|{conversation}", each escaped and with <c>|</c> escaped too (as %7C, which escaping never produces
    /// otherwise because it turns every <c>%</c> into %25), so no two pairs share a partition. No tenant is the empty string.
    /// </summary>
    public static string ConversationPartition(string? tenantId, string conversationId) =>
        TableKey.Fit(Component(tenantId ?? string.Empty) + Separator + Component(conversationId));

    /// <summary>Inverted creation ticks (fixed width) then the workshop id: a partition query lists the newest first.</summary>
    public static string ConversationWorkshopRow(DateTimeOffset createdAt, string workshopId) =>
        (DateTimeOffset.MaxValue.UtcTicks - createdAt.UtcTicks).ToString("D19", System.Globalization.CultureInfo.InvariantCulture) + Separator + TableKey.Escape(workshopId);

    private static string Component(string value) => TableKey.Escape(value).Replace("|", "%7C", StringComparison.Ordinal);
}
