// The Function App's identity and its roles: data-plane only, nothing on the control plane. The
// app never manages resources, so no Owner, Contributor or Storage Account Contributor (which
// would also let it list the account keys).
// User-assigned, so its roles exist before the app starts (a system-assigned identity only
// exists once the site does, leaving a window where the host cannot reach its storage) and
// survive a re-creation of the app. Identity and roles live in one module so the principal id,
// known only at deployment, never crosses a module boundary (precise What-If).
import { builtInRoles } from 'role-ids.bicep'

param name string
param location string
param tags object
param storageAccountName string
param applicationInsightsName string

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

var principalId = identity.properties.principalId

resource account 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

// Storage Blob Data Owner, on the account: the Functions documentation lists this role for an
// identity-based AzureWebJobsStorage (host keys in azure-webjobs-secrets, timer and singleton
// leases in azure-webjobs-hosts: containers the host creates itself, hence the account scope)
// and for the blob trigger; the Flex Consumption deployment container needs blob write. Data
// Contributor is not documented as sufficient for the host, so the documented role is taken.
resource blobOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, identity.id, builtInRoles.storageBlobDataOwner)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', builtInRoles.storageBlobDataOwner)
    principalId: principalId
    principalType: 'ServicePrincipal'
    description: 'Functions host storage, deployment package, blob trigger and pipeline containers.'
  }
}

// Storage Queue Data Contributor: the blob trigger's poison queue (webjobs-blobtrigger-poison)
// and the recompute queue. Message Processor/Sender alone cannot create a missing queue.
resource queueContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, identity.id, builtInRoles.storageQueueDataContributor)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', builtInRoles.storageQueueDataContributor)
    principalId: principalId
    principalType: 'ServicePrincipal'
    description: 'Blob trigger poison queue and recompute queue.'
  }
}

// Storage Table Data Contributor: the ingestion log and indicator tables (there is
// no narrower built-in table role that writes).
resource tableContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, identity.id, builtInRoles.storageTableDataContributor)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', builtInRoles.storageTableDataContributor)
    principalId: principalId
    principalType: 'ServicePrincipal'
    description: 'Ingestion log and indicator tables.'
  }
}

// Monitoring Metrics Publisher on the Application Insights resource only: Entra ID ingestion of
// the app's telemetry (local authentication is disabled there).
resource telemetryPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, identity.id, builtInRoles.monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', builtInRoles.monitoringMetricsPublisher)
    principalId: principalId
    principalType: 'ServicePrincipal'
    description: 'Entra ID-authenticated telemetry ingestion.'
  }
}

output id string = identity.id
output clientId string = identity.properties.clientId
