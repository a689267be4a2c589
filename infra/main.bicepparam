// Example parameters for a development deployment; copy and adjust per environment.
// Nothing secret belongs here: the bot authenticates with a managed identity, and the map link key comes from the
// environment (export JOURNEYBOT_MAP_LINK_KEY=$(openssl rand -base64 32) once, and keep it).
using 'main.bicep'

param namePrefix = 'journeybot'
param appServiceSku = 'B1'
param botSku = 'F0'
param storageSku = 'Standard_LRS'
param mapLinkSigningKey = readEnvironmentVariable('JOURNEYBOT_MAP_LINK_KEY')
