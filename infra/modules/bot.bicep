// Azure Bot registration: the identity Teams trusts, the messaging endpoint, the Teams channel.

@description('Azure Bot resource name (globally unique handle).')
param name string

@description('Display name of the bot.')
param displayName string

@description('Azure Bot SKU.')
param sku string

@description('HTTPS endpoint Teams posts activities to.')
param messagingEndpoint string

@description('Resource id of the user-assigned managed identity that is the bot\'s app identity.')
param identityId string

@description('Client id of that identity (the Microsoft App ID).')
param identityClientId string

@description('Entra tenant of the identity.')
param tenantId string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: messagingEndpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: identityId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('Messaging endpoint as registered.')
output messagingEndpoint string = bot.properties.endpoint
