using JourneyBot.Workshop;

namespace JourneyBot.Workshops.Steps.JourneyStages;

/// <summary>A persona in a stage: what a cell's notes and its emotion scores are about, found again from the cell's id.</summary>
public sealed record PersonaStage(Persona Persona, Stage Stage)
{
    /// <summary>The id of the pair's cell (see <see cref="PersonaStageCell.IdFor"/>): what buttons about the pair carry.</summary>
    public string CellId => PersonaStageCell.IdFor(Persona.Id, Stage.Id);

    /// <summary>The persona and stage whose cell id is <paramref name="cellId"/>, or null when either has been removed.</summary>
    public static PersonaStage? Find(JourneyMap map, string? cellId) =>
        cellId is null
            ? null
            : map.Personas
                .SelectMany(persona => map.Stages.Select(stage => new PersonaStage(persona, stage)))
                .FirstOrDefault(pair => pair.CellId == cellId);
}
