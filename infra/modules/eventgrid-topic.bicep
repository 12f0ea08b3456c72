// The storage account's Event Grid system topic. Its subscription to the blobs extension webhook
// is created after the code is deployed (infra/scripts/create-eventgrid-subscription.sh): the
// webhook URL carries the blobs_extension system key, which the host creates on first start.

param name string
param location string
param tags object
param storageAccountId string

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storageAccountId
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = topic.name
