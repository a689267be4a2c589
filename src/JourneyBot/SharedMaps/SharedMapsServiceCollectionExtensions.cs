using JourneyBot.Maps.Picture;
using Microsoft.Extensions.Options;

namespace JourneyBot.SharedMaps;

/// <summary>Registers the shared map: options (section <c>Maps</c>, checked at start-up), links, the comparison's version loader, the renderer and its cache.</summary>
public static class SharedMapsServiceCollectionExtensions
{
    public static IServiceCollection AddSharedMaps(this IServiceCollection services)
    {
        services.AddOptions<MapsOptions>().BindConfiguration(MapsOptions.Section).ValidateOnStart();
        services.AddSingleton<MapsOptionsSetup>();
        services.AddSingleton<IPostConfigureOptions<MapsOptions>>(provider => provider.GetRequiredService<MapsOptionsSetup>());
        services.AddSingleton<IValidateOptions<MapsOptions>>(provider => provider.GetRequiredService<MapsOptionsSetup>());
        services.AddSingleton<MapLinks>();
        services.AddSingleton<MapPictureRenderer>();
        services.AddSingleton<MapComparisons>();
        services.AddSingleton<MapRenders>();
        return services;
    }
}
