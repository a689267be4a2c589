using Azure;

namespace JourneyBot.Storage.Workshops;

/// <summary>One workshop a conversation has had, as the conversation index lists it.</summary>
public sealed record ConversationWorkshop
{
    public required string WorkshopId { get; init; }

    /// <summary>The workshop's name when last recorded (the dialog records it again on rename).</summary>
    public required string Name { get; init; }

    /// <summary>When the workshop started; with the id, it places the workshop in the list.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>True for the one workshop the conversation is running; the rest are past.</summary>
    public bool Active { get; init; }

    /// <summary>
    /// The live board: as the row recorded it when read (<see cref="IConversationWorkshops.RecordBoardAsync"/>); on a new
    /// workshop made active (<see cref="IConversationWorkshops.SetActiveAsync"/>), its first board, written with it.
    /// </summary>
    public BoardMessage? Board { get; init; }

    /// <summary>The row's ETag when read; none for a workshop about to be written.</summary>
    public ETag ETag { get; init; }
}
