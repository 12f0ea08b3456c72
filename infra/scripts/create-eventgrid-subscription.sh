#!/usr/bin/env bash
# Creates (or updates) the Event Grid subscription that delivers BlobCreated events of the uploads
# container to the IngestUpload blob trigger. Run after the code is deployed: the webhook URL
# carries the host's "blobs_extension" system key, which exists only once the host has started
# with a blob trigger. azd runs it as the postdeploy hook (azure.yaml); after a plain
# `az deployment sub create` + code deployment, run it with the deployment's outputs:
#
#   RESOURCE_GROUP=rg-fnavdl-prod AZURE_FUNCTION_APP_NAME=func-fnavdl-… \
#   UPLOADS_SYSTEM_TOPIC_NAME=evgt-fnavdl-… bash infra/scripts/create-eventgrid-subscription.sh
set -euo pipefail

: "${RESOURCE_GROUP:?set RESOURCE_GROUP (deployment output)}"
: "${AZURE_FUNCTION_APP_NAME:?set AZURE_FUNCTION_APP_NAME (deployment output)}"
: "${UPLOADS_SYSTEM_TOPIC_NAME:?set UPLOADS_SYSTEM_TOPIC_NAME (deployment output)}"
container="${UPLOADS_CONTAINER_NAME:-uploads}"
host="${AZURE_FUNCTION_APP_HOST:-${AZURE_FUNCTION_APP_NAME}.azurewebsites.net}"
function_name="IngestUpload"
subscription_name="${EVENTGRID_SUBSCRIPTION_NAME:-uploads-to-ingest}"

command -v az >/dev/null || { echo "The Azure CLI (az) is required." >&2; exit 1; }

# The key appears a little after the first start of the host: wait for it rather than fail.
key=""
for attempt in $(seq 1 12); do
  key="$(az functionapp keys list -g "$RESOURCE_GROUP" -n "$AZURE_FUNCTION_APP_NAME" \
    --query "systemKeys.blobs_extension" -o tsv 2>/dev/null || true)"
  [ -n "$key" ] && break
  echo "Waiting for the blobs_extension key of ${AZURE_FUNCTION_APP_NAME} (${attempt}/12)…" >&2
  sleep 10
done
if [ -z "$key" ]; then
  echo "No blobs_extension system key on ${AZURE_FUNCTION_APP_NAME}: is the code deployed and the host started?" >&2
  exit 1
fi

endpoint="https://${host}/runtime/webhooks/blobs?functionName=Host.Functions.${function_name}&code=${key}"

# Event Grid validates the webhook during creation (the blobs extension answers the handshake).
az eventgrid system-topic event-subscription create \
  --name "$subscription_name" \
  --resource-group "$RESOURCE_GROUP" \
  --system-topic-name "$UPLOADS_SYSTEM_TOPIC_NAME" \
  --endpoint-type webhook \
  --endpoint "$endpoint" \
  --included-event-types Microsoft.Storage.BlobCreated \
  --subject-begins-with "/blobServices/default/containers/${container}/" \
  --event-delivery-schema eventgridschema \
  --max-delivery-attempts 30 \
  --event-ttl 1440 \
  --output none

echo "Event Grid subscription '${subscription_name}' delivers BlobCreated of '${container}/' to ${function_name}."
