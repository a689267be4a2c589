using JourneyBot.Storage.Workshops;

namespace JourneyBot.Tests.Storage.Workshops;

/// <summary>Which columns a workshop query keeps encoded: the JSON and its continuations, nothing else.</summary>
public sealed class WorkshopJsonColumnTests
{
    [Theory]
    [InlineData("Json", true)]
    [InlineData("Json1", true)]
    [InlineData("Json12", true)]
    [InlineData("JsonX", false)]
    [InlineData("Json1a", false)]
    [InlineData("json", false)]
    [InlineData("Name", false)]
    [InlineData("OwnerConversationId", false)]
    public void Only_the_json_and_its_numbered_parts_are_json_columns(string name, bool json) =>
        Assert.Equal(json, WorkshopEntities.IsJsonColumn(name));
}
