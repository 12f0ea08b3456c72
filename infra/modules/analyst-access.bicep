// Analysts read the published data (curated Parquet, gold indicators, yearly summaries) and
// nothing else: not the regions' uploads, not the raw archive, not the reports, not the tables.
import { builtInRoles } from 'role-ids.bicep'

param storageAccountName string

@description('Containers the analysts may read.')
param containerNames string[]

@description('Object id of the analysts\' Entra ID group.')
param groupObjectId string

resource account 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2024-01-01' existing = [
  for containerName in containerNames: {
    parent: account::blobService
    name: containerName
  }
]

resource readers 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (containerName, i) in containerNames: {
    name: guid(containers[i].id, groupObjectId, builtInRoles.storageBlobDataReader)
    scope: containers[i]
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', builtInRoles.storageBlobDataReader)
      principalId: groupObjectId
      principalType: 'Group'
      description: 'Analysts: read ${containerName}.'
    }
  }
]
