namespace JourneyBot.Workshop.Tests;

/// <summary>Stopping sharing replaces the salt every shared link is signed with.</summary>
public sealed class SharingTests
{
    [Theory]
    [InlineData("facilitator")]
    [InlineData("coFacilitator")]
    public void A_facilitator_replaces_the_salt_and_the_header_version_moves(string who)
    {
        var map = Sample.Workshop();

        var outcome = map.StopSharing(People.Named(who), "salt-2");

        Assert.True(outcome.Succeeded);
        Assert.Equal(("salt-2", map.Version + 1), (outcome.Map.LinkSalt, outcome.Map.Version));
        Assert.Equal([new MapChange(ItemKind.Header, map.Id, ChangeKind.Updated)], outcome.Changes);
    }

    [Fact]
    public void A_participant_may_not_stop_sharing()
    {
        var map = Sample.Workshop();

        map.StopSharing(People.Alice, "salt-2").ShouldBeRefused(map, ("actor", ErrorCodes.NotAllowed));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void The_new_salt_must_be_something(string salt)
    {
        var map = Sample.Workshop();

        map.StopSharing(People.Facilitator, salt).ShouldBeRefused(map, ("salt", ErrorCodes.Invalid));
    }

    [Fact]
    public void The_new_salt_must_differ_from_the_old_one()
    {
        var map = Sample.Workshop().StopSharing(People.Facilitator, "salt-2").ShouldSucceed();

        map.StopSharing(People.Facilitator, "salt-2").ShouldBeRefused(map, ("salt", ErrorCodes.Invalid));
    }
}
