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
[JsonDerivedType(typeof(DateInput), "Input.Date")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(Table), "Table")]
public abstract record CardElement
{
    public string? Id { get; init; }
    public bool? Separator { get; init; }

    public Spacing? Spacing { get; init; }
}

/// <summary>Text; supports the Teams markdown subset, so user text must go through <see cref="CardText.Escape"/>.</summary>
public sealed record TextBlock(string Text) : CardElement
{
    public bool Wrap { get; init; } = true;

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public TextBlockStyle? Style { get; init; }
}

/// <summary>A group of elements, optionally on a coloured background (<see cref="ContainerStyle"/>).</summary>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle? Style { get; init; }
    public bool? Bleed { get; init; }
}

/// <summary>Elements side by side.</summary>
public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;

/// <summary>One column of a <see cref="ColumnSet"/>.</summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyOrder(-1)] public string Type => "Column";
    public ColumnWidth? Width { get; init; }
    public VerticalAlignment? VerticalContentAlignment { get; init; }
}

/// <summary>Label and value pairs.</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

/// <summary>One row of a <see cref="FactSet"/>.</summary>
public sealed record Fact(string Title, string Value);

/// <summary>Buttons inside the body.</summary>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
