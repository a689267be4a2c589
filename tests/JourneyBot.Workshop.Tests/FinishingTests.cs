using static JourneyBot.Workshop.Tests.OutcomeAssertions;

namespace JourneyBot.Workshop.Tests;

/// <summary>Step 7's finish, revisit plan and revisit: who may, when, what the header records, and that a finished map is read-only.</summary>
public sealed class FinishingTests
{
    private static readonly RevisitPlan Monthly = new() { Cadence = RevisitCadence.Monthly };

    private static JourneyMap AtStep7() =>
        Sample.WithPersonaAndTouchpoint().GoToStep(People.Facilitator, 7).ShouldSucceed();

    private static JourneyMap Finished() => AtStep7().Finish(People.Facilitator, Monthly, Sample.Now).ShouldSucceed();

    [Theory]
    [InlineData("facilitator", true)]
    [InlineData("coFacilitator", true)]
    [InlineData("alice", false)]
    public void Facilitators_finish_at_step_7_as_version_1_with_the_plan_the_time_and_who(string who, bool allowed)
    {
        var map = AtStep7();
        var actor = People.Named(who);

        var outcome = map.Finish(actor, Monthly, Sample.Now);

        if (!allowed)
        {
            outcome.ShouldBeRefused(map, ("actor", ErrorCodes.NotAllowed));
            return;
        }

        var finished = outcome.ShouldChange(HeaderUpdated);
        Assert.Equal(
            (WorkshopStatus.Finished, 1, Monthly, (DateTimeOffset?)Sample.Now, actor, map.Version + 1),
            (finished.Status, finished.MapVersionNumber, finished.Revisit, finished.FinishedAt, finished.FinishedBy, finished.Version));
    }

    [Fact]
    public void Finishing_before_step_7_is_refused()
    {
        var map = Sample.Workshop().GoToStep(People.Facilitator, 6).ShouldSucceed();

        var outcome = map.Finish(People.Facilitator, RevisitPlan.Default, Sample.Now);

        outcome.ShouldBeRefused(map, ("step", ErrorCodes.NotLastStep));
        Assert.Equal([6], outcome.Errors.Single().Arguments);
    }

    [Theory]
    [InlineData(RevisitCadence.OnDate, null, "revisitDate", ErrorCodes.Required)]
    [InlineData(RevisitCadence.OnDate, "2026-11-22", "revisitDate", ErrorCodes.NotInFuture)]
    [InlineData(RevisitCadence.OnDate, "2026-01-01", "revisitDate", ErrorCodes.NotInFuture)]
    [InlineData(RevisitCadence.Quarterly, "2027-01-01", "revisitDate", ErrorCodes.Invalid)]
    [InlineData(RevisitCadence.Off, "2027-01-01", "revisitDate", ErrorCodes.Invalid)]
    [InlineData((RevisitCadence)99, null, "revisitCadence", ErrorCodes.Invalid)]
    public void A_revisit_date_is_required_and_in_the_future_for_a_date_and_absent_otherwise(RevisitCadence cadence, string? date, string field, string code)
    {
        var map = AtStep7();
        var plan = new RevisitPlan { Cadence = cadence, OnDate = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) };

        var finished = Finished();

        map.Finish(People.Facilitator, plan, Sample.Now).ShouldBeRefused(map, (field, code));
        finished.ChangeRevisitPlan(People.Facilitator, plan, Sample.Now).ShouldBeRefused(finished, (field, code));
    }

    [Theory]
    [InlineData(RevisitCadence.Quarterly, null)]
    [InlineData(RevisitCadence.Monthly, null)]
    [InlineData(RevisitCadence.HalfYearly, null)]
    [InlineData(RevisitCadence.Off, null)]
    [InlineData(RevisitCadence.OnDate, "2026-11-23")]
    public void Every_cadence_and_a_date_from_tomorrow_are_accepted_on_finishing_and_as_a_change(RevisitCadence cadence, string? date)
    {
        var plan = new RevisitPlan { Cadence = cadence, OnDate = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(plan, AtStep7().Finish(People.Facilitator, plan, Sample.Now).ShouldChange(HeaderUpdated).Revisit);
        var changed = Finished().ChangeRevisitPlan(People.CoFacilitator, plan, Sample.Now).ShouldChange(HeaderUpdated);
        Assert.Equal((plan, WorkshopStatus.Finished), (changed.Revisit, changed.Status));
    }

    [Fact]
    public void Only_facilitators_change_the_plan_and_not_on_a_cancelled_map()
    {
        var finished = Finished();
        finished.ChangeRevisitPlan(People.Alice, RevisitPlan.Default, Sample.Now).ShouldBeRefused(finished, ("actor", ErrorCodes.NotAllowed));

        var cancelled = AtStep7().Cancel(People.Facilitator).ShouldSucceed();
        cancelled.ChangeRevisitPlan(People.Facilitator, RevisitPlan.Default, Sample.Now).ShouldBeRefused(cancelled, ("status", ErrorCodes.Closed));
    }

    [Fact]
    public void A_finished_map_refuses_items_and_every_other_header_change()
    {
        var map = Finished();
        var closed = ("status", ErrorCodes.Finished);

        map.NextStep(People.Facilitator).ShouldBeRefused(map, closed);
        map.PreviousStep(People.Facilitator).ShouldBeRefused(map, closed);
        map.GoToStep(People.Facilitator, 3).ShouldBeRefused(map, closed);
        map.Rename(People.Facilitator, "New name").ShouldBeRefused(map, closed);
        map.RevealEmotions(People.Facilitator).ShouldBeRefused(map, closed);
        map.OpenVoting(People.Facilitator).ShouldBeRefused(map, closed);
        map.ChangeLanguage(People.Facilitator, WorkshopLanguages.Korean).ShouldBeRefused(map, closed);
        map.Finish(People.Facilitator, RevisitPlan.Default, Sample.Now).ShouldBeRefused(map, closed);
        map.AddKpi(People.Alice, "k1", StageKeys.Awareness, Sample.Kpi("Visits", 10), Sample.Now).ShouldBeRefused(map, closed);
        map.WriteCell(People.Alice, "p1", StageKeys.Awareness, new CellNotes { PainPoints = "Slow" }, Sample.Now).ShouldBeRefused(map, closed);
    }

    [Theory]
    [InlineData("facilitator", true)]
    [InlineData("coFacilitator", true)]
    [InlineData("alice", false)]
    public void Facilitators_start_a_revisit_as_the_next_version_at_step_1_keeping_everything(string who, bool allowed)
    {
        var map = Finished();

        var outcome = map.StartRevisit(People.Named(who));

        if (!allowed)
        {
            outcome.ShouldBeRefused(map, ("actor", ErrorCodes.NotAllowed));
            return;
        }

        var revisit = outcome.ShouldChange(HeaderUpdated);
        Assert.Equal((WorkshopStatus.Active, WorkshopStep.GoalsAndPersonas, 2), (revisit.Status, revisit.CurrentStep, revisit.MapVersionNumber));
        Assert.Equal((map.Personas, map.Touchpoints, map.Revisit), (revisit.Personas, revisit.Touchpoints, revisit.Revisit));
        var atStep4 = revisit.GoToStep(People.Facilitator, 4).ShouldSucceed();
        var second = atStep4.GoToStep(People.Facilitator, 7).ShouldSucceed().Finish(People.Facilitator, RevisitPlan.Default, Sample.Now.AddDays(90)).ShouldSucceed();
        Assert.Equal((2, (DateTimeOffset?)Sample.Now.AddDays(90)), (second.MapVersionNumber, second.FinishedAt));
    }

    [Fact]
    public void Only_a_finished_map_is_revisited()
    {
        var active = AtStep7();
        active.StartRevisit(People.Facilitator).ShouldBeRefused(active, ("status", ErrorCodes.NotFinished));

        var cancelled = active.Cancel(People.Facilitator).ShouldSucceed();
        cancelled.StartRevisit(People.Facilitator).ShouldBeRefused(cancelled, ("status", ErrorCodes.Closed));
    }

    [Fact]
    public void A_version_is_made_only_from_a_finished_map_and_keeps_its_findings_and_actions()
    {
        var finished = Finished() with { Actions = [Action("a1", ActionStatus.Done)] };
        var analysis = MapAnalysis.Of(finished, AnalysisThresholds.Default);

        var version = MapVersion.Of(finished, analysis);

        Assert.Equal((1, Sample.Now, People.Facilitator), (version.Number, version.FinishedAt, version.FinishedBy));
        Assert.Same(analysis.Findings, version.Findings);
        Assert.Equal(["a1"], version.Actions.Select(action => action.Id));
        Assert.Throws<ArgumentException>(() => MapVersion.Of(AtStep7(), analysis));
    }

    internal static ActionItem Action(string id, ActionStatus status) => new()
    {
        Id = id,
        Details = new ActionDetails { Title = $"Action {id}" },
        Status = status,
        Author = People.Facilitator,
        CreatedAt = Sample.Now,
    };
}
