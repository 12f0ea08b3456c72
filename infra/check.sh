#!/usr/bin/env bash
# Compiles and lints the Bicep templates; writes the compiled ARM template to infra/bin/main.json
# (read by tests/Fnavdl.Azure.Tests/InfraTemplateTests.cs). Needs only the .NET SDK and NuGet:
# the Bicep compiler comes from the NuGet package Azure.Bicep.CommandLine.linux-x64 (infra/tools/bicep.csproj).
# Exit code non-zero on any compile error or linter finding (infra/bicepconfig.json sets the rules to error).
set -euo pipefail
infra="$(cd "$(dirname "$0")" && pwd)"
cd "$infra"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

bicep_version=0.49.2
packages="${NUGET_PACKAGES:-}"
if [ -z "$packages" ]; then
  packages="$(dotnet nuget locals global-packages --list | sed -E 's/^[^:]*: *//')"
fi
bicep="${packages%/}/azure.bicep.commandline.linux-x64/${bicep_version}/tools/bicep"

if [ ! -f "$bicep" ]; then
  echo "check.sh: restoring the Bicep compiler ${bicep_version} from NuGet" >&2
  if ! dotnet restore tools/bicep.csproj --verbosity quiet >&2; then
    echo "check.sh: could not restore Azure.Bicep.CommandLine.linux-x64 ${bicep_version} from NuGet (see above)." >&2
    exit 2
  fi
fi
if [ ! -f "$bicep" ]; then
  echo "check.sh: the Bicep compiler is not at $bicep after restore." >&2
  exit 2
fi
[ -x "$bicep" ] || chmod +x "$bicep"
# The compiler is a self-contained .NET app: no ICU needed for what it does.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT="${DOTNET_SYSTEM_GLOBALIZATION_INVARIANT:-1}"

status=0
# Linting compiles each file too, so this also reports every compile error of every module.
count=$(find . -name '*.bicep' -not -path './bin/*' -not -path './tools/*' | wc -l)
if ! "$bicep" lint --no-restore --pattern '*.bicep' || ! "$bicep" lint --no-restore --pattern 'modules/*.bicep'; then
  echo "check.sh: lint failed" >&2
  status=1
fi

mkdir -p bin
if ! "$bicep" build main.bicep --outfile bin/main.json; then
  echo "check.sh: build failed: main.bicep" >&2
  status=1
fi

# The scripts run by azd hooks must at least parse.
for script in scripts/*.sh; do
  bash -n "$script" || { echo "check.sh: syntax error: $script" >&2; status=1; }
done

if [ "$status" -eq 0 ]; then
  echo "check.sh: ${count} Bicep files built and linted; ARM template in infra/bin/main.json"
fi
exit $status
