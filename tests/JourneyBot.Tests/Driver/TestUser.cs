using JourneyBot.Connector.Schema;

namespace JourneyBot.Tests.Driver;

/// <summary>A person in a test conversation: Teams id, display name and Entra object id.</summary>
public sealed record TestUser(string Id, string Name, string AadObjectId)
{
    public static TestUser Alice { get; } = new("29:alice", "Alice Kim", "00000000-0000-0000-0000-00000000a11c");
    public static TestUser Bora { get; } = new("29:bora", "박보라", "00000000-0000-0000-0000-0000000b0ea0");
    public static TestUser Chris { get; } = new("29:chris", "Chris Lee", "00000000-0000-0000-0000-00000000c4e1");

    /// <summary>The user as <c>GET v3/conversations/{id}/members</c> lists them.</summary>
    public ConversationMember ToMember() => new() { Id = Id, Name = Name, AadObjectId = AadObjectId, UserRole = "user" };

    public ChannelAccount ToAccount() => new() { Id = Id, Name = Name, AadObjectId = AadObjectId, Role = "user" };
}
