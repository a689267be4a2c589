using System.Text.Json;
using JourneyBot.Workshop;

namespace JourneyBot.Workshops.Dialog;

/// <summary>A workshop button's data in one call: the card's context (<see cref="WorkshopCardData.For"/>) and what the button is about.</summary>
public static class ButtonData
{
    /// <summary>The data of a button on a card drawn from <paramref name="map"/>, naming only what the button is about.</summary>
    public static JsonElement For(
        JourneyMap map,
        string? goalId = null,
        string? personaId = null,
        string? stageId = null,
        string? cellId = null,
        string? touchpointId = null,
        string? kpiId = null,
        string? noteId = null,
        string? ideaId = null,
        string? actionId = null,
        string? seed = null,
        int? number = null) =>
        (WorkshopCardData.For(map) with
        {
            GoalId = goalId,
            PersonaId = personaId,
            StageId = stageId,
            CellId = cellId,
            TouchpointId = touchpointId,
            KpiId = kpiId,
            NoteId = noteId,
            IdeaId = ideaId,
            ActionId = actionId,
            Seed = seed,
            Number = number,
        }).ToJson();
}
