using JourneyBot.Resources;
using JourneyBot.Workshop;

namespace JourneyBot.Workshops;

/// <summary>A workshop speaks its own language (chosen at setup, changeable), whoever's Teams asks.</summary>
public static class WorkshopText
{
    public static BotText Of(JourneyMap map) => BotText.For(map.Language == WorkshopLanguages.Korean ? Language.Korean : Language.English);
}
