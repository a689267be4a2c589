namespace JourneyBot.Workshops.Forms;

/// <summary>Where a workshop's forms open (section <c>Cards</c>).</summary>
public enum FormMode
{
    /// <summary>In a Teams dialog (task/fetch): the board is never a form, so redrawing it loses nobody's typing.</summary>
    Dialog,

    /// <summary>In the card itself, replaced for the person who asked: for clients without dialogs (the Agents Playground).</summary>
    Inline,
}

/// <summary>How cards open forms; bound from section <c>Cards</c>.</summary>
public sealed class CardsOptions
{
    public const string Section = "Cards";

    /// <summary><see cref="FormMode.Dialog"/> in Teams (the default); <see cref="FormMode.Inline"/> where dialogs do not exist (./run.sh sets it).</summary>
    public FormMode Forms { get; set; } = FormMode.Dialog;
}
