using JourneyBot.Connector.Schema;

namespace JourneyBot.Connector.Tests.Client;

public sealed class ConnectorClientRouteTests : IAsyncLifetime
{
    // Teams-shaped ids: ':', '@', ';' and '=' must travel escaped inside one path segment.
    private const string ConversationId = "19:abc123@thread.skype;messageid=1700000000000";
    private const string EscapedConversationId = "19%3Aabc123%40thread.skype%3Bmessageid%3D1700000000000";
    private const string ActivityId = "1:1700000000001";
    private const string EscapedActivityId = "1%3A1700000000001";

    private ConnectorClientHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ConnectorClientHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    /// <summary>The fake's origin with another path, e.g. "/_connector" without the slash.</summary>
    private string ServiceUrlWithPath(string path) => new Uri(_harness.Connector.ServiceUrl).GetLeftPart(UriPartial.Authority) + path;

    [Theory]
    [InlineData("/_connector/", "/_connector/")]
    [InlineData("/_connector", "/_connector/")]
    [InlineData("/emea/tenant-a/", "/emea/tenant-a/")]
    [InlineData("/emea/tenant-a", "/emea/tenant-a/")]
    [InlineData("/", "/")]
    [InlineData("", "/")]
    public async Task Reply_posts_to_the_activity_route_under_the_serviceUrl_path_with_ids_escaped(string servicePath, string expectedPrefix)
    {
        var result = await _harness.Client.ReplyToActivityAsync(ServiceUrlWithPath(servicePath), ConversationId, ActivityId, Activity.FromText("hello"), CancellationToken.None);

        var call = Assert.Single(_harness.Connector.Calls);
        Assert.Equal("POST", call.Method);
        Assert.Equal($"{expectedPrefix}v3/conversations/{EscapedConversationId}/activities/{EscapedActivityId}", call.Path);
        Assert.Equal(ConversationId, call.ConversationId);
        Assert.Equal(ActivityId, call.ActivityId);
        Assert.Equal("hello", call.Activity?.Text);
        Assert.True(result.Succeeded);
        Assert.Equal(201, result.StatusCode);
        Assert.NotNull(call.ResponseId);
        Assert.Equal(call.ResponseId, result.Value?.Id);
    }

    [Fact]
    public async Task Send_posts_to_the_conversation_activities_route_and_returns_the_new_id()
    {
        var result = await _harness.Client.SendToConversationAsync(_harness.Connector.ServiceUrl, ConversationId, Activity.FromText("reminder"), CancellationToken.None);

        var call = Assert.Single(_harness.Connector.Calls);
        Assert.Equal("POST", call.Method);
        Assert.Equal($"/_connector/v3/conversations/{EscapedConversationId}/activities", call.Path);
        Assert.Null(call.ActivityId);
        Assert.Equal("reminder", call.Activity?.Text);
        Assert.True(result.Succeeded);
        Assert.Equal("activity-1", result.Value?.Id);
    }

    [Fact]
    public async Task Update_puts_the_activity_on_its_route_and_returns_its_id()
    {
        var result = await _harness.Client.UpdateActivityAsync(_harness.Connector.ServiceUrl, ConversationId, ActivityId, Activity.FromText("edited"), CancellationToken.None);

        var call = Assert.Single(_harness.Connector.Calls);
        Assert.Equal("PUT", call.Method);
        Assert.Equal($"/_connector/v3/conversations/{EscapedConversationId}/activities/{EscapedActivityId}", call.Path);
        Assert.Equal("edited", call.Activity?.Text);
        Assert.True(result.Succeeded);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal(ActivityId, result.Value?.Id);
    }

    [Fact]
    public async Task Delete_sends_delete_on_the_activity_route_without_a_body()
    {
        var result = await _harness.Client.DeleteActivityAsync(_harness.Connector.ServiceUrl, ConversationId, ActivityId, CancellationToken.None);

        var call = Assert.Single(_harness.Connector.Calls);
        Assert.Equal("DELETE", call.Method);
        Assert.Equal($"/_connector/v3/conversations/{EscapedConversationId}/activities/{EscapedActivityId}", call.Path);
        Assert.Equal("", call.Body);
        Assert.True(result.Succeeded);
        Assert.True(result.Value);
    }

    [Fact]
    public async Task Create_conversation_posts_the_parameters_and_returns_the_new_conversation_and_activity_ids()
    {
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "tenant-1",
            Activity = Activity.FromText("time to revisit the map"),
        };

        var result = await _harness.Client.CreateConversationAsync(_harness.Connector.ServiceUrl, parameters, CancellationToken.None);

        var call = Assert.Single(_harness.Connector.Calls);
        Assert.Equal("POST", call.Method);
        Assert.Equal("/_connector/v3/conversations", call.Path);
        Assert.Equal("time to revisit the map", call.Activity?.Text);
        Assert.Contains("\"tenantId\":\"tenant-1\"", call.Body, StringComparison.Ordinal);
        Assert.Contains("\"members\":[{\"id\":\"29:user\"}]", call.Body, StringComparison.Ordinal);
        Assert.True(result.Succeeded);
        Assert.Equal(call.ConversationId, result.Value?.Id);
        Assert.Equal("activity-1", result.Value?.ActivityId);
    }

    [Fact]
    public async Task Members_are_read_from_the_members_route_with_the_fields_teams_answers()
    {
        // Teams' roster says objectId and givenName/surname where the Bot Framework says aadObjectId and name.
        _harness.Connector.SetMembers(ConversationId,
        [
            new ConversationMember { Id = "29:larry", ObjectId = "9d3e08f9-a7ae-43aa-a4d3-de3f319a8a9c", GivenName = "Larry", Surname = "Brown", UserPrincipalName = "labrown@fabrikam.com", UserRole = "user" },
            new ConversationMember { Id = "29:jiwoo", Name = "김지우", AadObjectId = "00000000-0000-0000-0000-00000000j100" },
            new ConversationMember { Id = "29:guest", Name = "Anon1 (Guest)", UserRole = "anonymous" },
        ]);

        var result = await _harness.Client.GetConversationMembersAsync(_harness.Connector.ServiceUrl, ConversationId, CancellationToken.None);

        var call = Assert.Single(_harness.Connector.Calls);
        Assert.Equal("GET", call.Method);
        Assert.Equal($"/_connector/v3/conversations/{EscapedConversationId}/members", call.Path);
        Assert.Equal("", call.Body);
        Assert.True(result.Succeeded);
        Assert.Equal(
            [("29:larry", "9d3e08f9-a7ae-43aa-a4d3-de3f319a8a9c", "Larry Brown"), ("29:jiwoo", "00000000-0000-0000-0000-00000000j100", "김지우"), ("29:guest", null, "Anon1 (Guest)")],
            result.Value!.Select(member => (member.Id, member.EntraObjectId, member.DisplayName)));
        Assert.Equal("anonymous", result.Value![2].UserRole);
    }

    [Fact]
    public async Task A_members_call_that_fails_comes_back_as_a_failure()
    {
        _harness.Connector.EnqueueFailure(403);

        var result = await _harness.Client.GetConversationMembersAsync(_harness.Connector.ServiceUrl, ConversationId, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(403, result.StatusCode);
    }

    [Fact]
    public async Task Accepted_reply_without_a_body_succeeds_with_no_id_as_the_Playground_answers()
    {
        _harness.Connector.EnqueueFailure(202);

        var result = await _harness.Client.ReplyToActivityAsync(_harness.Connector.ServiceUrl, ConversationId, ActivityId, Activity.FromText("hi"), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(202, result.StatusCode);
        Assert.NotNull(result.Value);
        Assert.Null(result.Value.Id);
    }

    [Fact]
    public async Task Activities_are_sent_as_camelCase_json_without_nulls()
    {
        await _harness.Client.SendToConversationAsync(_harness.Connector.ServiceUrl, ConversationId, Activity.FromText("hi"), CancellationToken.None);

        var call = Assert.Single(_harness.Connector.Calls);
        Assert.Equal("{\"type\":\"message\",\"text\":\"hi\",\"textFormat\":\"markdown\"}", call.Body);
    }

    [Fact]
    public async Task Sends_the_bearer_token_from_the_bot_credential_for_the_connector_scope()
    {
        await _harness.Client.SendToConversationAsync(_harness.Connector.ServiceUrl, ConversationId, Activity.FromText("hi"), CancellationToken.None);

        var call = Assert.Single(_harness.Connector.Calls);
        Assert.Equal("Bearer token-1", call.Authorization);
        Assert.Equal(["https://api.botframework.com/.default"], _harness.Credential.LastScopes);
    }

    [Fact]
    public async Task Local_mode_sends_no_authorization_header()
    {
        await using var local = await ConnectorClientHarness.StartAsync(appId: null);

        var result = await local.Client.SendToConversationAsync(local.Connector.ServiceUrl, ConversationId, Activity.FromText("hi"), CancellationToken.None);

        var call = Assert.Single(local.Connector.Calls);
        Assert.Null(call.Authorization);
        Assert.True(result.Succeeded);
        Assert.Equal(0, local.Credential.Fetches);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("/_connector/")]
    [InlineData("ftp://127.0.0.1/_connector/")]
    public async Task A_serviceUrl_that_is_not_absolute_http_fails_without_a_call(string serviceUrl)
    {
        var result = await _harness.Client.SendToConversationAsync(serviceUrl, ConversationId, Activity.FromText("hi"), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Null(result.StatusCode);
        Assert.Empty(_harness.Connector.Calls);
    }

    [Fact]
    public async Task An_empty_activity_id_fails_without_a_call_instead_of_addressing_the_conversation()
    {
        var result = await _harness.Client.UpdateActivityAsync(_harness.Connector.ServiceUrl, ConversationId, "", Activity.FromText("hi"), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Empty(_harness.Connector.Calls);
    }

}
