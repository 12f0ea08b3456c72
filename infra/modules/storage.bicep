// The pipeline's storage account: data containers, tables and queues, and the Functions host's own
// state (AzureWebJobsStorage, deployment package). Entra ID only: shared keys and SAS signed with
// them are refused by the service, not just unused.

@description('Storage account name (3-24 lower-case letters and digits, globally unique).')
@minLength(3)
@maxLength(24)
param name string

param location string
param tags object

@description('Redundancy. Standard_LRS keeps the Archive tier available (not offered on ZRS/GZRS).')
@allowed(['Standard_LRS', 'Standard_GRS', 'Standard_RAGRS'])
param skuName string

@description('Blob containers to create (data containers and the deployment package container).')
param containerNames string[]

@description('Tables to create.')
param tableNames string[]

@description('Queues to create (the blob trigger\'s poison queue included, so it is visible from day one).')
param queueNames string[]

@description('Container holding the raw archive, tiered by the lifecycle policy.')
param rawContainerName string

@description('Days a deleted blob or container can be restored.')
@minValue(1)
@maxValue(365)
param softDeleteDays int

@description('Days after its last write before a raw blob moves to the Cool tier.')
@minValue(1)
param rawCoolAfterDays int

@description('Days after its last write before a raw blob moves to the Archive tier.')
@minValue(1)
param rawArchiveAfterDays int

@description('Days an overwritten blob version is kept before the lifecycle policy deletes it.')
@minValue(1)
param previousVersionRetentionDays int

resource account 'Microsoft.Storage/storageAccounts@2024-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: skuName }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    // Public endpoint, Entra ID-authorised: regions upload from their own networks (no VPN here),
    // and Event Grid and the Flex Consumption app reach it without a virtual network.
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
    encryption: {
      keySource: 'Microsoft.Storage'
      requireInfrastructureEncryption: false
      services: {
        blob: { enabled: true, keyType: 'Account' }
        file: { enabled: true, keyType: 'Account' }
        queue: { enabled: true, keyType: 'Account' }
        table: { enabled: true, keyType: 'Account' }
      }
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2024-01-01' = {
  parent: account
  name: 'default'
  properties: {
    // A region's mistaken overwrite or delete, or a faulty run of the pipeline, stays recoverable.
    isVersioningEnabled: true
    deleteRetentionPolicy: { enabled: true, days: softDeleteDays }
    containerDeleteRetentionPolicy: { enabled: true, days: softDeleteDays }
    changeFeed: { enabled: false }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2024-01-01' = [
  for containerName in containerNames: {
    parent: blobService
    name: containerName
    properties: { publicAccess: 'None' }
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2024-01-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2024-01-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2024-01-01' = {
  parent: account
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2024-01-01' = [
  for queueName in queueNames: {
    parent: queueService
    name: queueName
  }
]

// The raw archive is written once per upload and read again only to rebuild the lake: Cool after
// a month, Archive after six (reading an archived blob needs a rehydration of up to 15 hours, an
// acceptable delay for a rebuild). Old versions of every blob are pruned so versioning stays cheap.
// No immutability (WORM) policy: a locked policy is irreversible, blocks deleting the account
// for its whole period and any correction a region asks for; the pipeline never rewrites raw
// blobs, and versioning + soft delete already make an overwrite or a delete recoverable.
resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2024-01-01' = {
  parent: account
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'raw-archive-tiering'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: ['blockBlob']
              prefixMatch: ['${rawContainerName}/']
            }
            actions: {
              baseBlob: {
                tierToCool: { daysAfterModificationGreaterThan: rawCoolAfterDays }
                tierToArchive: { daysAfterModificationGreaterThan: rawArchiveAfterDays }
              }
            }
          }
        }
        {
          name: 'prune-previous-versions'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: { blobTypes: ['blockBlob'] }
            actions: {
              version: {
                delete: { daysAfterCreationGreaterThan: previousVersionRetentionDays }
              }
            }
          }
        }
      ]
    }
  }
  dependsOn: [containers]
}

output name string = account.name
output id string = account.id
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue
output tableEndpoint string = account.properties.primaryEndpoints.table
