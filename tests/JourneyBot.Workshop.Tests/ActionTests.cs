using static JourneyBot.Workshop.Tests.OutcomeAssertions;

namespace JourneyBot.Workshop.Tests;

/// <summary>Step 7's action items: adding, editing, status, the links to KPIs and ideas, and the plan's order.</summary>
public sealed class ActionTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Sample.Now.UtcDateTime);

    /// <summary>KPI k1 in awareness, idea i1 shortlisted, idea i2 not.</summary>
    private static JourneyMap Planned() =>
        Sample.Workshop()
            .AddKpi(People.Alice, "k1", StageKeys.Awareness, Sample.Kpi("Leads answered within an hour", 40), Sample.Now).ShouldSucceed()
            .AddIdea(People.Alice, "i1", new IdeaDetails { Title = "Reply within an hour" }, Sample.Now).ShouldSucceed()
            .AddIdea(People.Bob, "i2", new IdeaDetails { Title = "Chat on the website" }, Sample.Now).ShouldSucceed()
            .ShortlistIdea(People.Facilitator, "i1", shortlisted: true).ShouldSucceed();

    private static ActionDetails Details(string title, DateOnly? due = null, Participant? owner = null) =>
        new() { Title = title, DueDate = due, Owner = owner };

    [Fact]
    public void Anyone_adds_an_action_from_a_shortlisted_idea_with_every_field_trimmed_and_its_author_and_time()
    {
        var map = Planned();
        var at = Sample.Now.AddMinutes(5);

        var added = map.AddAction(People.Bob, "a1", new ActionDetails
        {
            Title = "  Set up a lead alert  ",
            Owner = People.Carol with { Name = " Carol " },
            DueDate = Today.AddDays(14),
            KpiId = "k1",
            KpiTarget = 80,
        }, "i1", at).ShouldChange(Added(ItemKind.ActionItem, "a1"));

        var action = Assert.Single(added.Actions);
        Assert.Equal(
            ("Set up a lead alert", People.Carol, Today.AddDays(14), "k1", 80m, "i1", ActionStatus.NotStarted, People.Bob, at),
            (action.Details.Title, action.Details.Owner, action.Details.DueDate, action.Details.KpiId, action.Details.KpiTarget, action.IdeaId, action.Status, action.Author, action.CreatedAt));
    }

    [Fact]
    public void An_action_on_its_own_needs_only_a_title_and_blank_links_mean_none()
    {
        var added = Planned().AddAction(People.Carol, "a1", new ActionDetails { Title = "Write the FAQ", KpiId = " " }, " ", Sample.Now).ShouldSucceed();

        var action = Assert.Single(added.Actions);
        Assert.Equal((null, null, null, null, (string?)null), (action.Details.Owner, action.Details.DueDate, action.Details.KpiId, action.Details.KpiTarget, action.IdeaId));
    }

    [Fact]
    public void Every_field_error_comes_back_at_once_in_the_cards_order()
    {
        var map = Planned().AddAction(People.Bob, "a1", Details("First"), null, Sample.Now).ShouldSucceed();

        map.AddAction(People.Bob, "a1", new ActionDetails
        {
            Title = new string('가', Limits.MaxActionTitleLength + 1),
            Owner = new Participant(" ", " "),
            DueDate = Today.AddYears(Limits.ActionDueYearsAhead).AddDays(1),
            KpiId = "k9",
            KpiTarget = Limits.MaxKpiValue + 1,
        }, "i9", Sample.Now).ShouldBeRefused(
            map,
            ("id", ErrorCodes.Duplicate),
            ("title", ErrorCodes.TooLong),
            ("owner", ErrorCodes.Required),
            ("owner", ErrorCodes.Required),
            ("dueDate", ErrorCodes.DateOutOfRange),
            ("kpiId", ErrorCodes.NotFound),
            ("kpiTarget", ErrorCodes.OutOfRange),
            ("ideaId", ErrorCodes.NotFound));
    }

    [Theory]
    [InlineData("", ErrorCodes.Required)]
    [InlineData("   ", ErrorCodes.Required)]
    public void A_title_is_required(string title, string code)
    {
        var map = Planned();

        map.AddAction(People.Bob, "a1", Details(title), null, Sample.Now).ShouldBeRefused(map, ("title", code));
    }

    [Fact]
    public void A_title_of_the_limit_is_taken_one_more_is_too_long()
    {
        var map = Planned();

        map.AddAction(People.Bob, "a1", Details(new string('x', Limits.MaxActionTitleLength)), null, Sample.Now).ShouldSucceed();
        map.AddAction(People.Bob, "a1", Details(new string('x', Limits.MaxActionTitleLength + 1)), null, Sample.Now).ShouldBeRefused(map, ("title", ErrorCodes.TooLong));
    }

    [Fact]
    public void A_target_needs_a_kpi()
    {
        var map = Planned();

        map.AddAction(People.Bob, "a1", new ActionDetails { Title = "More leads", KpiTarget = 50 }, null, Sample.Now).ShouldBeRefused(map, ("kpiTarget", ErrorCodes.NeedsKpi));
        map.AddAction(People.Bob, "a1", new ActionDetails { Title = "More leads", KpiId = "k1" }, null, Sample.Now).ShouldSucceed();
    }

    [Theory]
    [InlineData(-Limits.ActionDueYearsBack * 366 - 1, false)]
    [InlineData(-30, true)]
    [InlineData(0, true)]
    [InlineData(365 * 9, true)]
    [InlineData(Limits.ActionDueYearsAhead * 366 + 1, false)]
    public void A_due_date_lies_within_a_sane_range_of_the_day_it_is_set(int days, bool allowed)
    {
        var map = Planned();

        var outcome = map.AddAction(People.Bob, "a1", Details("Call back", Today.AddDays(days)), null, Sample.Now);

        if (allowed)
        {
            outcome.ShouldSucceed();
        }
        else
        {
            outcome.ShouldBeRefused(map, ("dueDate", ErrorCodes.DateOutOfRange));
        }
    }

    [Fact]
    public void An_edit_keeps_a_due_date_left_as_it_was_even_once_it_is_out_of_range()
    {
        var longAgo = Sample.Now.AddYears(-3);
        var map = Planned().AddAction(People.Bob, "a1", Details("Call back", DateOnly.FromDateTime(longAgo.UtcDateTime)), null, longAgo).ShouldSucceed();

        map.EditAction(People.Bob, "a1", Details("Call back today", DateOnly.FromDateTime(longAgo.UtcDateTime)), Sample.Now).ShouldChange(Updated(ItemKind.ActionItem, "a1"));
        map.EditAction(People.Bob, "a1", Details("Call back", DateOnly.FromDateTime(longAgo.UtcDateTime).AddDays(1)), Sample.Now)
            .ShouldBeRefused(map, ("dueDate", ErrorCodes.DateOutOfRange));
    }

    [Fact]
    public void An_action_comes_only_from_a_shortlisted_idea()
    {
        var map = Planned();

        var outcome = map.AddAction(People.Bob, "a1", Details("Chat widget"), "i2", Sample.Now);

        outcome.ShouldBeRefused(map, ("ideaId", ErrorCodes.NotShortlisted));
        Assert.Equal(["i2"], outcome.Errors[0].Arguments);
    }

    [Fact]
    public void An_edit_changes_the_details_and_keeps_status_idea_author_and_time()
    {
        var map = Planned()
            .AddAction(People.Bob, "a1", Details("Alert", owner: People.Carol), "i1", Sample.Now).ShouldSucceed()
            .SetActionStatus(People.Carol, "a1", ActionStatus.InProgress).ShouldSucceed();

        var edited = map.EditAction(People.Carol, "a1", new ActionDetails { Title = "Alert by SMS", KpiId = "k1", KpiTarget = 60 }, Sample.Now.AddHours(1))
            .ShouldChange(Updated(ItemKind.ActionItem, "a1"));

        var action = Assert.Single(edited.Actions);
        Assert.Equal(("Alert by SMS", null, "k1", 60m), (action.Details.Title, action.Details.Owner, action.Details.KpiId, action.Details.KpiTarget));
        Assert.Equal((ActionStatus.InProgress, "i1", People.Bob, Sample.Now), (action.Status, action.IdeaId, action.Author, action.CreatedAt));
    }

    [Fact]
    public void The_same_status_again_changes_nothing()
    {
        var map = Planned().AddAction(People.Bob, "a1", Details("Alert"), null, Sample.Now).ShouldSucceed();

        var outcome = map.SetActionStatus(People.Facilitator, "a1", ActionStatus.NotStarted);

        Assert.True(outcome.Succeeded);
        Assert.Same(map, outcome.Map);
        Assert.Empty(outcome.Changes);
    }

    [Fact]
    public void An_undefined_status_is_refused()
    {
        var map = Planned().AddAction(People.Bob, "a1", Details("Alert"), null, Sample.Now).ShouldSucceed();

        map.SetActionStatus(People.Facilitator, "a1", (ActionStatus)42).ShouldBeRefused(map, ("actionStatus", ErrorCodes.Invalid));
    }

    [Fact]
    public void A_finished_workshop_takes_status_changes_and_refuses_everything_else()
    {
        var finished = Planned().AddAction(People.Bob, "a1", Details("Alert", owner: People.Carol), null, Sample.Now).ShouldSucceed()
            with { Status = WorkshopStatus.Finished };

        Assert.Equal(ActionStatus.Done, finished.SetActionStatus(People.Carol, "a1", ActionStatus.Done).ShouldChange(Updated(ItemKind.ActionItem, "a1")).Actions[0].Status);
        finished.SetActionStatus(People.Bob, "a1", ActionStatus.Done).ShouldBeRefused(finished, ("actor", ErrorCodes.NotOwner));
        finished.AddAction(People.Bob, "a2", Details("Another"), null, Sample.Now).ShouldBeRefused(finished, ("status", ErrorCodes.Finished));
        finished.EditAction(People.Bob, "a1", Details("Alert!"), Sample.Now).ShouldBeRefused(finished, ("status", ErrorCodes.Finished));
        finished.RemoveAction(People.Facilitator, "a1").ShouldBeRefused(finished, ("status", ErrorCodes.Finished));
        finished.AddGoal(People.Facilitator, "g1", "A goal", Sample.Now).ShouldBeRefused(finished, ("status", ErrorCodes.Finished));
    }

    [Theory]
    [InlineData(WorkshopStatus.Cancelled)]
    [InlineData(WorkshopStatus.Completed)]
    public void A_cancelled_or_completed_workshop_refuses_status_changes(WorkshopStatus status)
    {
        var closed = Planned().AddAction(People.Bob, "a1", Details("Alert"), null, Sample.Now).ShouldSucceed() with { Status = status };

        closed.SetActionStatus(People.Facilitator, "a1", ActionStatus.Done).ShouldBeRefused(closed, ("status", ErrorCodes.Closed));
    }

    [Fact]
    public void Removing_a_kpi_unlinks_the_actions_that_named_it_and_keeps_them()
    {
        var map = Planned()
            .AddAction(People.Bob, "a1", new ActionDetails { Title = "Alert", KpiId = "k1", KpiTarget = 80 }, null, Sample.Now).ShouldSucceed()
            .AddAction(People.Bob, "a2", Details("Other"), null, Sample.Now).ShouldSucceed();

        var removed = map.RemoveKpi(People.Alice, "k1").ShouldChange(Removed(ItemKind.Kpi, "k1"), Updated(ItemKind.ActionItem, "a1"));

        Assert.Equal((null, (decimal?)null, "Alert"), (removed.Actions[0].Details.KpiId, removed.Actions[0].Details.KpiTarget, removed.Actions[0].Details.Title));
        Assert.Same(map.Actions[1], removed.Actions[1]);
    }

    [Fact]
    public void Removing_a_stage_with_its_kpis_unlinks_the_actions_too()
    {
        var map = Planned().AddAction(People.Bob, "a1", new ActionDetails { Title = "Alert", KpiId = "k1", KpiTarget = 80 }, null, Sample.Now).ShouldSucceed();

        var outcome = map.RemoveStage(People.Facilitator, StageKeys.Awareness, removeDependents: true);

        var removed = outcome.ShouldSucceed();
        Assert.Contains(Updated(ItemKind.ActionItem, "a1"), outcome.Changes);
        Assert.Null(removed.Actions[0].Details.KpiId);
    }

    [Fact]
    public void Removing_an_idea_unlinks_the_actions_made_from_it()
    {
        var map = Planned().AddAction(People.Bob, "a1", Details("Alert"), "i1", Sample.Now).ShouldSucceed();

        var removed = map.RemoveIdea(People.Alice, "i1").ShouldChange(Removed(ItemKind.Idea, "i1"), Updated(ItemKind.ActionItem, "a1"));

        Assert.Null(removed.Actions[0].IdeaId);
    }

    [Fact]
    public void The_plan_lists_overdue_open_items_first_then_by_due_date_then_undated_then_done_and_dropped()
    {
        var map = Planned()
            .AddAction(People.Bob, "later", Details("Later", Today.AddDays(30)), null, Sample.Now).ShouldSucceed()
            .AddAction(People.Bob, "undated", Details("Undated"), null, Sample.Now).ShouldSucceed()
            .AddAction(People.Bob, "done", Details("Done long ago", Today.AddDays(-20)), null, Sample.Now).ShouldSucceed()
            .AddAction(People.Bob, "late", Details("Late", Today.AddDays(-2)), null, Sample.Now).ShouldSucceed()
            .AddAction(People.Bob, "today", Details("Due today", Today), null, Sample.Now).ShouldSucceed()
            .AddAction(People.Bob, "dropped", Details("Dropped"), null, Sample.Now).ShouldSucceed()
            .AddAction(People.Bob, "latest", Details("Very late", Today.AddDays(-9)), null, Sample.Now).ShouldSucceed()
            .SetActionStatus(People.Facilitator, "done", ActionStatus.Done).ShouldSucceed()
            .SetActionStatus(People.Facilitator, "dropped", ActionStatus.Dropped).ShouldSucceed()
            .SetActionStatus(People.Facilitator, "late", ActionStatus.InProgress).ShouldSucceed();

        var plan = ActionPlan.Of(map, Today);

        Assert.Equal(["latest", "late", "today", "later", "undated", "done", "dropped"], plan.Items.Select(item => item.Action.Id));
        Assert.Equal(["latest", "late"], plan.Items.Where(item => item.IsOverdue).Select(item => item.Action.Id));
        Assert.Equal(2, plan.Overdue);
        Assert.Equal(
            new Dictionary<ActionStatus, int> { [ActionStatus.NotStarted] = 4, [ActionStatus.InProgress] = 1, [ActionStatus.Done] = 1, [ActionStatus.Dropped] = 1 },
            plan.Counts);
    }

    [Fact]
    public void The_plan_on_another_day_moves_what_is_overdue()
    {
        var map = Planned().AddAction(People.Bob, "a1", Details("Alert", Today.AddDays(3)), null, Sample.Now).ShouldSucceed();

        Assert.False(ActionPlan.Of(map, Today.AddDays(3)).Items[0].IsOverdue);
        Assert.True(ActionPlan.Of(map, Today.AddDays(4)).Items[0].IsOverdue);
    }

    [Fact]
    public void The_plan_looks_up_kpi_and_idea_and_lists_shortlisted_ideas_without_an_action()
    {
        var map = Planned()
            .AddIdea(People.Carol, "i3", new IdeaDetails { Title = "Callback button" }, Sample.Now).ShouldSucceed()
            .ShortlistIdea(People.Facilitator, "i3", shortlisted: true).ShouldSucceed()
            .AddAction(People.Bob, "a1", new ActionDetails { Title = "Alert", KpiId = "k1", KpiTarget = 80 }, "i1", Sample.Now).ShouldSucceed();

        var plan = ActionPlan.Of(map, Today);

        Assert.Equal(("k1", "i1"), (plan.Items[0].Kpi?.Id, plan.Items[0].Idea?.Id));
        Assert.Equal(["i3"], plan.IdeasWithoutAction.Select(idea => idea.Id));
    }

    [Fact]
    public void Action_authors_contribute_to_step_7_and_everyone_known_may_own_an_action()
    {
        var map = Planned().AddAction(People.Carol, "a1", Details("Alert"), null, Sample.Now).ShouldSucceed();

        Assert.Equal([People.Carol], map.ContributorsTo(WorkshopStep.ImplementAndIterate));
        Assert.Equal([People.Facilitator, People.CoFacilitator, People.Alice, People.Bob, People.Carol], map.KnownPeople());
    }
}
