using SkiaSharp;

namespace JourneyBot.Maps.Picture;

/// <summary>The kinds of text in the picture; <see cref="PictureTheme.Font"/> gives each its size and weight.</summary>
internal enum TextStyle
{
    Title,
    Subtitle,
    Heading,
    StageName,
    Body,
    Label,
    Small,
    SmallBold,
}

/// <summary>Sizes, caps and colours of the picture: the one place to change how it looks.</summary>
internal static class PictureTheme
{
    /// <summary>The picture's width for up to <see cref="StagesAtBaseWidth"/> stages.</summary>
    public const int BaseWidth = 1600;

    public const int StagesAtBaseWidth = 8;

    /// <summary>Columns never get narrower than this: more stages make the picture wider.</summary>
    public const float MinColumnWidth = 170;

    /// <summary>The widest picture; stages past it are left out (no workshop has that many).</summary>
    public const int MaxWidth = 4800;

    /// <summary>The tallest picture; lanes below it are left out.</summary>
    public const int MaxHeight = 12000;

    /// <summary>Width x height never exceeds this (about 96 MB of pixels), whatever a hostile map holds.</summary>
    public const long MaxPixels = 24_000_000;

    public const float Margin = 20;
    public const float TitleColumnWidth = 200;
    public const float CellPadding = 8;
    public const float LanePadding = 10;
    public const float EntryGap = 6;
    public const float LabelGap = 5;
    public const float MarkerIndent = 15;

    /// <summary>A label up to this share of a cell's width goes before its text; a longer one gets a line of its own.</summary>
    public const float InlineLabelShare = 0.4f;
    public const float MarkerSize = 9;
    public const float MinLaneHeight = 48;
    public const float SectionGap = 14;

    public const int TitleMaxLines = 2;
    public const int GoalMaxLines = 2;
    public const int MaxGoals = 5;
    public const int StageNameMaxLines = 3;
    public const int LaneTitleMaxLines = 3;
    public const int EntryMaxLines = 6;

    /// <summary>Step 6's lanes keep each finding short (its start; the whole sentence is on the page and in the spreadsheet)...</summary>
    public const int FindingMaxLines = 3;

    /// <summary>... and leave an idea room for its title, its votes and its quadrant.</summary>
    public const int IdeaMaxLines = 5;
    public const int CellMaxLines = 18;
    public const int HintMaxLines = 3;

    /// <summary>Space between two levels of the emotion scale.</summary>
    public const float EmotionStep = 34;
    public const float EmotionPlotInset = 16;
    public const float ConversionStripHeight = 30;

    public static readonly SKColor Background = SKColors.White;
    public static readonly SKColor Text = new(0x1F, 0x29, 0x33);
    public static readonly SKColor Muted = new(0x5F, 0x6B, 0x7A);
    public static readonly SKColor AlternateLane = new(0xF4, 0xF6, 0xF9);
    public static readonly SKColor LaneSeparator = new(0xCF, 0xD6, 0xDF);
    public static readonly SKColor ColumnSeparator = new(0xE3, 0xE7, 0xED);
    public static readonly SKColor StageFill = new(0x2E, 0x3A, 0x59);
    public static readonly SKColor StageText = SKColors.White;
    public static readonly SKColor Touchpoint = new(0x2E, 0x3A, 0x59);
    public static readonly SKColor Gridline = new(0xDD, 0xE2, 0xE9);
    public static readonly SKColor ZeroLine = new(0x9A, 0xA5, 0xB4);
    public static readonly SKColor HintFill = new(0xEE, 0xF4, 0xFB);
    public static readonly SKColor HintBorder = new(0xB9, 0xCF, 0xE8);
    public static readonly SKColor Arrow = new(0x5F, 0x6B, 0x7A);

    /// <summary>Findings' severity marks: told apart by their label's words too, not by colour alone.</summary>
    public static readonly SKColor SeverityHigh = new(0xB4, 0x23, 0x18);
    public static readonly SKColor SeverityMedium = new(0xD9, 0x7A, 0x00);
    public static readonly SKColor SeverityLow = new(0x8A, 0x96, 0xA3);

    /// <summary>An idea's mark, and a shortlisted idea's star and highlight.</summary>
    public static readonly SKColor Idea = new(0x2E, 0x3A, 0x59);
    public static readonly SKColor Shortlisted = new(0xB8, 0x86, 0x00);
    public static readonly SKColor ShortlistedFill = new(0xFF, 0xF3, 0xC4);

    /// <summary>The size in pixels and the weight of a kind of text.</summary>
    public static (float Size, bool Bold) Font(TextStyle style) => style switch
    {
        TextStyle.Title => (24, true),
        TextStyle.Subtitle => (15, false),
        TextStyle.Heading => (14, true),
        TextStyle.StageName => (14, true),
        TextStyle.Body => (13, false),
        TextStyle.Label => (12, true),
        TextStyle.Small => (12, false),
        TextStyle.SmallBold => (12, true),
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    };

    /// <summary>A persona's colour from <see cref="Model.PersonaStyles"/> ("#RRGGBB").</summary>
    public static SKColor PersonaColor(int persona) => SKColor.Parse(Model.PersonaStyles.For(persona).Color);
}
