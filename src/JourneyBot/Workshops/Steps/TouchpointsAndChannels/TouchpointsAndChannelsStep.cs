using System.Collections.Frozen;
using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using Microsoft.Extensions.Options;

namespace JourneyBot.Workshops.Steps.TouchpointsAndChannels;

/// <summary>
/// Step 3 (docs/method.md, Step 3): every interaction per stage, with its category, online or offline, channel and owning team;
/// suggestions per category; a channel fit rating; a warning where one stage asks too much of the customer. Anyone adds;
/// the author or a facilitator edits, rates and removes.
/// </summary>
public sealed class TouchpointsAndChannelsStep : IWorkshopStep
{
    private readonly int _threshold;

    public TouchpointsAndChannelsStep(IOptions<WorkshopOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _threshold = options.Value.LongTouchpointListThreshold;
        Verbs = new Dictionary<string, Func<WorkshopClick, ClickAnswer>>
        {
            [TouchpointsAndChannelsVerbs.OpenStage] = _ => ClickAnswer.Show(view => StageTouchpointsCard.Build(view, _threshold)),
            [TouchpointsAndChannelsVerbs.AddTouchpoint] = click => Add(click, _threshold),
            [TouchpointsAndChannelsVerbs.EditTouchpoint] = _ => ClickAnswer.Show(TouchpointForms.Edit),
            [TouchpointsAndChannelsVerbs.SaveTouchpoint] = click => Save(click, _threshold),
            [TouchpointsAndChannelsVerbs.RemoveTouchpoint] = _ => ClickAnswer.Show(TouchpointForms.Remove),
            [TouchpointsAndChannelsVerbs.ConfirmRemoveTouchpoint] = click => ClickAnswer.Apply(
                map => map.RemoveTouchpoint(click.Actor, click.Card.TouchpointId ?? string.Empty), TouchpointForms.Remove),
            [TouchpointsAndChannelsVerbs.RemoveTouchpointWithWork] = click => ClickAnswer.Apply(
                map => map.RemoveTouchpoint(click.Actor, click.Card.TouchpointId ?? string.Empty, removeDependents: true), TouchpointForms.Remove),
        }.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public WorkshopStep Number => WorkshopStep.TouchpointsAndChannels;

    public IReadOnlyDictionary<string, Func<WorkshopClick, ClickAnswer>> Verbs { get; }

    public IReadOnlyList<CardElement> Board(StepView view) => [.. TouchpointsBoard.For(view, _threshold)];

    /// <summary>
    /// The id comes from the card's seed and the person, so 20 people adding from one card add 20 touchpoints. Added: back to
    /// the stage card with the add form open again.
    /// </summary>
    private static ClickAnswer Add(WorkshopClick click, int threshold)
    {
        var id = click.NewItemId("touchpoint");
        return ClickAnswer.Apply(map =>
        {
            var (details, errors) = TouchpointInputs.Details(click.Inputs, WorkshopText.Of(map));
            return MapOutcomes.WithInputErrors(map, errors,
                m => m.AddTouchpoint(click.Actor, id, click.Card.StageId ?? string.Empty, details, click.At));
        }, StageTouchpointsCard.AddForm, after: view => StageTouchpointsCard.AfterAdd(view, threshold, id));
    }

    /// <summary>
    /// Details and channel fit are saved together, so nothing typed on the card is lost; the edit form has no suggestions,
    /// so a touchpoint keeps the suggestion it came from.
    /// </summary>
    private static ClickAnswer Save(WorkshopClick click, int threshold) => ClickAnswer.Apply(map =>
    {
        var id = click.Card.TouchpointId ?? string.Empty;
        var (details, detailErrors) = TouchpointInputs.Details(click.Inputs, WorkshopText.Of(map));
        var (fit, fitErrors) = TouchpointInputs.Fit(click.Inputs);
        var stored = map.Touchpoints.FirstOrDefault(touchpoint => touchpoint.Id == id)?.Details.SuggestionKey;
        return MapOutcomes.WithInputErrors(map, [.. detailErrors, .. fitErrors],
            m => EditAndRate(m, click.Actor, id, details with { SuggestionKey = stored }, fit));
    }, TouchpointForms.Edit, after: view => StageTouchpointsCard.AfterSave(view, threshold));

    /// <summary>Both commands or neither; every error of both comes back at once, a missing item or a refusal only once.</summary>
    private static MapOutcome EditAndRate(JourneyMap map, Participant actor, string id, TouchpointDetails details, ChannelFit? fit)
    {
        var edited = map.EditTouchpoint(actor, id, details);
        if (fit is null)
        {
            return edited;
        }

        var rated = (edited.Succeeded ? edited.Map : map).RateChannelFit(actor, id, fit);
        return edited.Succeeded && rated.Succeeded
            ? new MapOutcome { Before = map, Map = rated.Map, Changes = edited.Changes }
            : MapOutcomes.Refused(map, [.. edited.Errors.Concat(rated.Errors).DistinctBy(SameReason)]);
    }

    private static string SameReason(ValidationError error) =>
        error.Code is ErrorCodes.NotAllowed or ErrorCodes.NotFound ? error.Code : $"{error.Code}|{error.Field}";
}
