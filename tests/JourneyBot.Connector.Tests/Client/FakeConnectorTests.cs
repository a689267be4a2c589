using System.Net;
using System.Text;
using JourneyBot.Testing;

namespace JourneyBot.Connector.Tests.Client;

/// <summary>The fake Bot Connector the conversation tests rely on, checked over plain HTTP.</summary>
public sealed class FakeConnectorTests : IAsyncLifetime
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);

    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    private async Task<HttpResponseMessage> PostAsync(string path, string json)
    {
        // The response is buffered, so it outlives the client.
        using var http = new HttpClient();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await http.PostAsync(new Uri(_connector.ServiceUrl + path), content);
    }

    [Fact]
    public async Task The_members_route_lists_a_conversations_own_members_or_the_default_ones()
    {
        _connector.SetDefaultMembers([new Connector.Schema.ConversationMember { Id = "29:all", Name = "Everyone's" }]);
        _connector.SetMembers("c1", [new Connector.Schema.ConversationMember { Id = "29:own", Name = "Own", AadObjectId = "aad-own" }]);
        using var http = new HttpClient();

        var own = await http.GetStringAsync(_connector.ServiceUrl + "v3/conversations/c1/members");
        var other = await http.GetStringAsync(_connector.ServiceUrl + "v3/conversations/c2/members");

        Assert.Equal("""[{"id":"29:own","name":"Own","aadObjectId":"aad-own"}]""", own);
        Assert.Equal("""[{"id":"29:all","name":"Everyone's"}]""", other);
        Assert.Equal(["GET", "GET"], _connector.Calls.Select(call => call.Method));
        Assert.Equal(["c1", "c2"], _connector.Calls.Select(call => call.ConversationId));
    }

    [Fact]
    public async Task Waiting_for_a_call_returns_it_when_it_arrives_later()
    {
        var waiting = _connector.WaitForCallAsync(call => call.Activity?.Text == "later", Guard);
        Assert.False(waiting.IsCompleted);

        using var response = await PostAsync("v3/conversations/a%3Ab/activities", """{"type":"message","text":"later"}""");
        var call = await waiting;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("a:b", call.ConversationId);
        Assert.Equal("activity-1", call.ResponseId);
    }

    [Fact]
    public async Task Waiting_for_a_call_that_already_arrived_returns_it_at_once()
    {
        using var response = await PostAsync("v3/conversations/c1/activities", """{"type":"message","text":"earlier"}""");

        var call = await _connector.WaitForCallAsync(call => call.Activity?.Text == "earlier", TimeSpan.Zero);

        Assert.Equal("POST", call.Method);
    }

    [Fact]
    public async Task Waiting_in_vain_says_which_calls_did_arrive()
    {
        using var response = await PostAsync("v3/conversations/c1/activities", """{"type":"message","text":"hi"}""");

        var error = await Assert.ThrowsAsync<TimeoutException>(() => _connector.WaitForCallAsync(call => call.Method == "PUT", TimeSpan.FromMilliseconds(1)));

        Assert.Contains("POST /_connector/v3/conversations/c1/activities -> 201", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_an_activity_gets_400_BadArgument_like_the_real_connector()
    {
        using var response = await PostAsync("v3/conversations/c1/activities", """{"text":"no type"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("BadArgument", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(Assert.Single(_connector.Calls).Activity);
    }

    [Fact]
    public async Task Injected_failures_answer_the_next_calls_in_order_then_normal_service_resumes()
    {
        _connector.EnqueueFailure(429, "2");
        _connector.EnqueueFailure(503);

        using var first = await PostAsync("v3/conversations/c1/activities", """{"type":"message"}""");
        using var second = await PostAsync("v3/conversations/c1/activities", """{"type":"message"}""");
        using var third = await PostAsync("v3/conversations/c1/activities", """{"type":"message"}""");

        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), first.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Equal(HttpStatusCode.Created, third.StatusCode);
    }

    [Fact]
    public async Task Clear_forgets_calls_and_unused_failures()
    {
        _connector.EnqueueFailure(500);
        using (await PostAsync("v3/conversations/c1/activities", """{"type":"message"}""")) { }
        _connector.EnqueueFailure(500);

        _connector.Clear();
        using var response = await PostAsync("v3/conversations/c1/activities", """{"type":"message"}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(201, Assert.Single(_connector.Calls).StatusCode);
    }
}
