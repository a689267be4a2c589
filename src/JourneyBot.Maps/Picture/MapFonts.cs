using SkiaSharp;

namespace JourneyBot.Maps.Picture;

/// <summary>
/// The picture's two typefaces, Noto Sans KR regular and bold, loaded once from this assembly's resources: the server has
/// no fonts, and Noto Sans KR draws Korean and Latin alike. Typefaces are immutable and safe to share between threads;
/// HarfBuzz shapers are not shared, each render creates its own (<see cref="CreateShaper"/>).
/// </summary>
internal sealed class MapFonts : IDisposable
{
    private const string RegularResource = "JourneyBot.Maps.Fonts.NotoSansKR_400Regular.ttf";
    private const string BoldResource = "JourneyBot.Maps.Fonts.NotoSansKR_700Bold.ttf";

    private readonly SKData _regularData;
    private readonly SKData _boldData;

    public MapFonts()
    {
        _regularData = Load(RegularResource);
        _boldData = Load(BoldResource);
        Regular = SKTypeface.FromData(_regularData) ?? throw new InvalidOperationException($"{RegularResource} is not a font.");
        Bold = SKTypeface.FromData(_boldData) ?? throw new InvalidOperationException($"{BoldResource} is not a font.");
    }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    public SKTypeface this[bool bold] => bold ? Bold : Regular;

    /// <summary>A HarfBuzz shaper over one of the typefaces, for one render (one thread) at a time; the caller disposes it.</summary>
    public SkiaSharp.HarfBuzz.SKShaper CreateShaper(bool bold) => new(this[bold]);

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
        _regularData.Dispose();
        _boldData.Dispose();
    }

    private static SKData Load(string resource)
    {
        using var stream = typeof(MapFonts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The font {resource} is not embedded in {typeof(MapFonts).Assembly.GetName().Name}.");
        return SKData.Create(stream);
    }
}
