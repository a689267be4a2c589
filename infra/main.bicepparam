// Example parameters for a development deployment; copy and adjust per environment.
// Nothing secret belongs here: the bot authenticates with a managed identity.
using 'main.bicep'

param namePrefix = 'journeybot'
param appServiceSku = 'B1'
param botSku = 'F0'
param storageSku = 'Standard_LRS'
