using System.Collections.Frozen;
using JourneyBot.Cards;
using JourneyBot.Storage.Versions;
using JourneyBot.Storage.Workshops;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Steps;

namespace JourneyBot.Workshops.Versions;

/// <summary>
/// Step 7's finish, revisit plan, revisit and versions from the cards. Finish, the plan and the revisit are ordinary map
/// commands applied like every other (so whatever watches applied commands, e.g. reminders, sees them); finishing saves the
/// version first. Finish and the plan are guarded by the card's version; a revisit is not (the reminder card that offers it
/// was drawn long before), the domain refuses it unless the map is finished.
/// </summary>
public sealed class VersionsFlow : IWorkshopVerbs
{
    private readonly IMapVersionStore versions;
    private readonly VersionSnapshots snapshots;

    public VersionsFlow(IMapVersionStore versions, VersionSnapshots snapshots)
    {
        this.versions = versions;
        this.snapshots = snapshots;
        Verbs = new Dictionary<string, Func<WorkshopClick, ClickAnswer>>
        {
            [VersionsVerbs.OpenFinish] = click => ClickAnswer.Show(view => FinishForms.Finish(view, click.At)),
            [VersionsVerbs.Finish] = Finish,
            [VersionsVerbs.OpenPlan] = click => ClickAnswer.Show(view => FinishForms.Plan(view, click.At)),
            [VersionsVerbs.ChangePlan] = ChangePlan,
            [VersionsVerbs.StartRevisit] = click => ClickAnswer.Apply(map => map.StartRevisit(click.Actor)),
            [VersionsVerbs.OpenFuture] = _ => ClickAnswer.Show(FutureStateForm.Build),
            [VersionsVerbs.StartFuture] = StartFuture,
            [VersionsVerbs.ShowVersions] = _ => ClickAnswer.ShowLoaded(ShowVersionsAsync),
            [VersionsVerbs.Compare] = click => ClickAnswer.ShowLoaded((view, owner, token) => CompareAsync(view, owner, click, token)),
        }.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, Func<WorkshopClick, ClickAnswer>> Verbs { get; }

    private ApplyAnswer Finish(WorkshopClick click)
    {
        var errors = new List<ValidationError>();
        var plan = RevisitPlanFields.Read(click.Inputs, errors);
        return new ApplyAnswer(
            click.Guarded(map => MapOutcomes.WithInputErrors(map, errors, m => m.Finish(click.Actor, plan, click.At))),
            view => FinishForms.Finish(view, click.At))
        {
            SaveFirst = snapshots,
        };
    }

    /// <summary>The new map's id is the form's seed, so pressing Start twice starts one map.</summary>
    private static ClickAnswer StartFuture(WorkshopClick click) => ClickAnswer.StartFrom(
        current => JourneyMap.StartFutureState(
            new NewWorkshop
            {
                Id = click.Card.Seed ?? string.Empty,
                Name = click.Inputs.Text(FutureStateForm.NameInput) ?? string.Empty,
                MapType = MapType.FutureState,
                Template = current.Template,
                Language = current.Language,
                Facilitator = click.Actor,
                CreatedAt = click.At,
            },
            current,
            click.Actor),
        FutureStateForm.Build);

    private static ClickAnswer ChangePlan(WorkshopClick click)
    {
        var errors = new List<ValidationError>();
        var plan = RevisitPlanFields.Read(click.Inputs, errors);
        return ClickAnswer.Apply(
            click.Guarded(map => MapOutcomes.WithInputErrors(map, errors, m => m.ChangeRevisitPlan(click.Actor, plan, click.At))),
            view => FinishForms.Plan(view, click.At));
    }

    /// <summary>The versions card of <paramref name="view"/>'s map: its own versions and, for a future-state map, its current state's.</summary>
    public async Task<AdaptiveCard> ShowVersionsAsync(StepView view, WorkshopOwner owner, CancellationToken cancellationToken)
    {
        var own = await versions.ListAsync(owner, view.Map.Id, cancellationToken);
        var currentState = view.Map.CurrentState is { } link ? await versions.ListAsync(owner, link.WorkshopId, cancellationToken) : [];
        return VersionsCard.Build(view, own, currentState);
    }

    private async Task<AdaptiveCard> CompareAsync(StepView view, WorkshopOwner owner, WorkshopClick click, CancellationToken cancellationToken)
    {
        var older = VersionChoice.Parse(click.Inputs.Text(VersionsCard.OlderInput));
        var newer = VersionChoice.Parse(click.Inputs.Text(VersionsCard.NewerInput));
        var allowed = new[] { view.Map.Id, view.Map.CurrentState?.WorkshopId };
        var olderVersion = older is not null && allowed.Contains(older.WorkshopId) ? await versions.LoadAsync(owner, older.WorkshopId, older.Number, cancellationToken) : null;
        var newerVersion = newer is not null && allowed.Contains(newer.WorkshopId) ? await versions.LoadAsync(owner, newer.WorkshopId, newer.Number, cancellationToken) : null;
        if (olderVersion is null || newerVersion is null)
        {
            List<ValidationError> errors =
            [
                .. olderVersion is null ? [ValidationError.Of("older", ErrorCodes.NotFound, click.Inputs.Text(VersionsCard.OlderInput) ?? string.Empty)] : Array.Empty<ValidationError>(),
                .. newerVersion is null ? [ValidationError.Of("newer", ErrorCodes.NotFound, click.Inputs.Text(VersionsCard.NewerInput) ?? string.Empty)] : Array.Empty<ValidationError>(),
            ];
            return await ShowVersionsAsync(view with { Errors = errors }, owner, cancellationToken);
        }

        return ComparisonCard.Build(view, VersionComparison.Of(olderVersion, newerVersion));
    }
}
