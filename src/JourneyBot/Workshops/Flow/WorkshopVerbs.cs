namespace JourneyBot.Workshops.Flow;

/// <summary>The Action.Execute verbs of the workshop's flow; each step's own verbs are in its folder under Steps/, in one *Verbs.cs.</summary>
public static class WorkshopVerbs
{
    /// <summary>Open the setup form (data: <c>item</c> = the active workshop the person agreed to replace, if any).</summary>
    public const string Setup = "workshop.setup";

    /// <summary>Submit the setup form (data: <c>seed</c> = the new workshop's id, <c>item</c> as for <see cref="Setup"/>).</summary>
    public const string Create = "workshop.create";

    /// <summary>Make a listed workshop the active one again and show its board.</summary>
    public const string Resume = "workshop.resume";

    /// <summary>Show the current board (refresh).</summary>
    public const string Show = "workshop.show";

    public const string Next = "workshop.next";
    public const string Back = "workshop.back";

    /// <summary>Go to the step chosen in input <c>go.step</c>.</summary>
    public const string Go = "workshop.go";

    /// <summary>Show the facilitator's settings: name, language, co-facilitators, cancel.</summary>
    public const string Settings = "workshop.settings";

    public const string Rename = "workshop.rename";
    public const string Language = "workshop.language";
    public const string AddCoFacilitator = "workshop.addCoFacilitator";
    public const string RemoveCoFacilitator = "workshop.removeCoFacilitator";

    /// <summary>Ask before cancelling; nothing changes until <see cref="ConfirmCancel"/>.</summary>
    public const string Cancel = "workshop.cancel";

    public const string ConfirmCancel = "workshop.confirmCancel";
}
