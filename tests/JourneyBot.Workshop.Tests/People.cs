namespace JourneyBot.Workshop.Tests;

/// <summary>The people of the sample workshop: one facilitator, one co-facilitator, three participants.</summary>
internal static class People
{
    public static readonly Participant Facilitator = new("00000000-0000-0000-0000-0000000000f1", "Fran Facilitator");
    public static readonly Participant CoFacilitator = new("00000000-0000-0000-0000-0000000000c0", "Cody Co");
    public static readonly Participant Alice = new("00000000-0000-0000-0000-00000000000a", "Alice");
    public static readonly Participant Bob = new("00000000-0000-0000-0000-00000000000b", "Bob");
    public static readonly Participant Carol = new("00000000-0000-0000-0000-00000000000c", "Carol");

    /// <summary>Looks a person up by the name a test table uses.</summary>
    public static Participant Named(string name) => name switch
    {
        "facilitator" => Facilitator,
        "coFacilitator" => CoFacilitator,
        "alice" => Alice,
        "bob" => Bob,
        "carol" => Carol,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such person in the sample workshop."),
    };
}
