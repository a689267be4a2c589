using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyBot.Connector.Schema;

/// <summary>
/// The <c>value</c> of a <c>task/fetch</c> or <c>task/submit</c> invoke (a Teams dialog, docs/protocol.md, Invokes):
/// the data of the Action.Submit that was pressed (for <c>task/submit</c>, with the dialog card's inputs merged in).
/// </summary>
public sealed record TaskModuleRequest
{
    [JsonPropertyName("data")] public JsonElement? Data { get; init; }

    [JsonPropertyName("context")] public JsonElement? Context { get; init; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; } // settable: generated metadata cannot fill it through init
}

/// <summary>The body of a <c>task/fetch</c> or <c>task/submit</c> invoke response: <c>{ "task": … }</c>.</summary>
public sealed record TaskModuleResponse
{
    [JsonPropertyName("task")] public required TaskModuleAnswer Task { get; init; }

    /// <summary>Show <paramref name="card"/> in the dialog (opening it, or in place of the card it shows).</summary>
    public static TaskModuleResponse Continue(string title, JsonElement card, string width = TaskInfo.Medium, string height = TaskInfo.Medium) =>
        new() { Task = new TaskModuleContinue { Value = new TaskInfo { Title = title, Width = width, Height = height, Card = Attachment.AdaptiveCard(card) } } };

    /// <summary>Close the dialog and show <paramref name="text"/> briefly.</summary>
    public static TaskModuleResponse Message(string text) => new() { Task = new TaskModuleMessage { Value = text } };
}

/// <summary>What the dialog does next: <see cref="TaskModuleContinue"/> or <see cref="TaskModuleMessage"/>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TaskModuleContinue), "continue")]
[JsonDerivedType(typeof(TaskModuleMessage), "message")]
public abstract record TaskModuleAnswer;

/// <summary>Show a card in the dialog.</summary>
public sealed record TaskModuleContinue : TaskModuleAnswer
{
    [JsonPropertyName("value")] public required TaskInfo Value { get; init; }
}

/// <summary>Close the dialog with a short message.</summary>
public sealed record TaskModuleMessage : TaskModuleAnswer
{
    [JsonPropertyName("value")] public required string Value { get; init; }
}

/// <summary>A dialog: its title, its size (<c>small</c>, <c>medium</c>, <c>large</c> or pixels) and its Adaptive Card.</summary>
public sealed record TaskInfo
{
    public const string Small = "small";
    public const string Medium = "medium";
    public const string Large = "large";

    [JsonPropertyName("title")] public required string Title { get; init; }
    [JsonPropertyName("width")] public required string Width { get; init; }
    [JsonPropertyName("height")] public required string Height { get; init; }
    [JsonPropertyName("card")] public required Attachment Card { get; init; }
}
