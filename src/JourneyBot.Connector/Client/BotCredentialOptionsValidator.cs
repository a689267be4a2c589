using Microsoft.Extensions.Options;

namespace JourneyBot.Connector.Client;

/// <summary>Rejects bot identity settings from which no outbound credential can be built, at start-up rather than at the first reply.</summary>
internal sealed class BotCredentialOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        if (options.IsLocalMode)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (options.MicrosoftAppType is BotAppType.MultiTenant or BotAppType.SingleTenant
            && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword)
            && string.IsNullOrWhiteSpace(options.MicrosoftAppCertificatePath))
        {
            failures.Add($"{options.MicrosoftAppType} needs MicrosoftAppPassword or MicrosoftAppCertificatePath.");
        }

        if (options.MicrosoftAppType is BotAppType.SingleTenant or BotAppType.UserAssignedMSI && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            // Outbound, a managed identity needs no tenant; inbound, Entra tokens are trusted only for the configured one.
            failures.Add($"{options.MicrosoftAppType} needs MicrosoftAppTenantId.");
        }

        if (!Enum.IsDefined(options.MicrosoftAppType))
        {
            failures.Add($"MicrosoftAppType {options.MicrosoftAppType} is not supported.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
