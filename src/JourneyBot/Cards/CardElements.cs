using System.Text.Json.Serialization;

namespace JourneyBot.Cards;

/// <summary>An element of an Adaptive Card body; the JSON <c>type</c> comes from the derived record.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
public abstract record CardElement
{
    public string? Id { get; init; }
    public bool? Separator { get; init; }

    /// <summary>None, Small, Default, Medium, Large, ExtraLarge, Padding.</summary>
    public string? Spacing { get; init; }
}

/// <summary>Text; supports the Teams markdown subset, so user text must go through <see cref="CardText.Escape"/>.</summary>
public sealed record TextBlock(string Text) : CardElement
{
    public bool Wrap { get; init; } = true;

    /// <summary>Small, Default, Medium, Large, ExtraLarge.</summary>
    public string? Size { get; init; }

    /// <summary>Lighter, Default, Bolder.</summary>
    public string? Weight { get; init; }

    /// <summary>Default, Dark, Light, Accent, Good, Warning, Attention.</summary>
    public string? Color { get; init; }

    public bool? IsSubtle { get; init; }

    /// <summary>heading for titles (read out as such by screen readers).</summary>
    public string? Style { get; init; }
}

/// <summary>A group of elements, optionally styled (emphasis, accent, good, attention, warning).</summary>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public string? Style { get; init; }
    public bool? Bleed { get; init; }
}

/// <summary>Elements side by side.</summary>
public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;

/// <summary>One column of a <see cref="ColumnSet"/>: <c>auto</c>, <c>stretch</c> or a weight.</summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyOrder(-1)] public string Type => "Column";
    public string? Width { get; init; }
    public string? VerticalContentAlignment { get; init; }
}

/// <summary>Label and value pairs.</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

/// <summary>One row of a <see cref="FactSet"/>.</summary>
public sealed record Fact(string Title, string Value);

/// <summary>Buttons inside the body.</summary>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
