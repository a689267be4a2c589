// Linux App Service running the JourneyBot ASP.NET Core app (.NET 10), with the settings it reads.

@description('App Service plan name.')
param planName string

@description('Web app name (globally unique; becomes <name>.azurewebsites.net).')
param webAppName string

@description('Azure region.')
param location string

@description('App Service plan SKU (Basic or higher, for Always On).')
param sku string

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityId string

@description('Client id of that identity: the bot\'s Microsoft App ID and the storage credential.')
param identityClientId string

@description('Entra tenant of the identity.')
param tenantId string

@description('Table service endpoint the app reaches with its managed identity.')
param tableServiceUri string

@description('Application Insights connection string.')
param insightsConnectionString string

@description('Key the map\'s shared links are signed with (base64).')
@secure()
param mapLinkSigningKey string

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  kind: 'linux'
  sku: {
    name: sku
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2024-11-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      healthCheckPath: '/healthz'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
      appSettings: [
        { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
        // Socket answers continue on the thread that received them, without a hop to the thread pool: less CPU per
        // turn (docs/architecture.md, Benchmarks). The app schedules its requests the same way (JourneyBotExtensions).
        { name: 'DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS', value: '1' }
        // Bot identity, under the setting names Azure Bot samples use.
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: identityClientId }
        { name: 'MicrosoftAppTenantId', value: tenantId }
        // Table Storage through Entra ID: shared keys are disabled on the account.
        { name: 'Storage__TableServiceUri', value: tableServiceUri }
        { name: 'Storage__ManagedIdentityClientId', value: identityClientId }
        // Step 5's shared links (picture, page, exports): made from the public address, signed with the key.
        { name: 'Maps__PublicBaseUrl', value: 'https://${webAppName}.azurewebsites.net' }
        { name: 'Maps__LinkSigningKey', value: mapLinkSigningKey }
        // The app ships no telemetry SDK: App Service's codeless agent (supported for .NET on Linux) collects
        // requests, dependencies and logs, and sends them where the connection string says.
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insightsConnectionString }
        { name: 'ApplicationInsightsAgent_EXTENSION_VERSION', value: '~3' }
        // The package is built by `dotnet publish` before upload; Oryx must not rebuild it.
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
      ]
    }
  }
}

// Deployments authenticate with Entra ID (az webapp deploy), so publishing passwords are off.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: webApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: webApp
  name: 'scm'
  properties: {
    allow: false
  }
}

@description('Default host name, e.g. <name>.azurewebsites.net.')
output defaultHostName string = webApp.properties.defaultHostName
