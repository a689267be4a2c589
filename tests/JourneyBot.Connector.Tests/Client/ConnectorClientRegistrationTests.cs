using JourneyBot.Connector.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Connector.Tests.Client;

public sealed class ConnectorClientRegistrationTests
{
    private static ServiceProvider Build(Action<IServiceCollection>? before = null, Action<IServiceCollection>? after = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOptions<BotOptions>();
        before?.Invoke(services);
        services.AddConnectorClient();
        after?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void Default_options_give_up_within_the_15_seconds_Teams_waits_for_a_turn()
    {
        using var provider = Build();

        var options = provider.GetRequiredService<IOptions<ConnectorClientOptions>>().Value;

        Assert.InRange(options.MaxAttempts, 2, 10);
        Assert.True(options.TotalTimeout < TimeSpan.FromSeconds(15));
        Assert.True(options.AttemptTimeout < options.TotalTimeout);
        Assert.True(options.MaxRetryAfter < options.TotalTimeout);
    }

    [Fact]
    public void The_system_clock_is_used_unless_the_app_registered_its_own()
    {
        var fake = new FakeTimeProvider();
        using var withDefault = Build();
        using var withFake = Build(before: services => services.AddSingleton<TimeProvider>(fake));

        Assert.Same(TimeProvider.System, withDefault.GetRequiredService<TimeProvider>());
        Assert.Same(fake, withFake.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void Out_of_range_connector_options_are_rejected()
    {
        using var provider = Build(after: services => services.Configure<ConnectorClientOptions>(options => options.MaxAttempts = 0));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ConnectorClientOptions>>().Value);

        Assert.Contains(nameof(ConnectorClientOptions.MaxAttempts), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bot_settings_that_cannot_sign_in_are_rejected()
    {
        using var provider = Build(after: services => services.Configure<BotOptions>(bot =>
        {
            bot.MicrosoftAppId = "00000000-0000-0000-0000-0000000000b0";
            bot.MicrosoftAppType = BotAppType.SingleTenant;
        }));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<BotOptions>>().Value);

        Assert.Contains("MicrosoftAppTenantId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_client_is_one_shared_instance_that_singletons_may_hold()
    {
        using var provider = Build();

        Assert.Same(provider.GetRequiredService<IConnectorClient>(), provider.GetRequiredService<IConnectorClient>());
    }
}
