#!/usr/bin/env bash
# Adds a migration for both database providers from the current model: scripts/add-migration.sh Name
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh MigrationName}
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/Modules/PesTor.Data \
    --context "${provider}PesTorDbContext" \
    --output-dir "Migrations/$provider" --namespace "PesTor.Data.Migrations.$provider"
done
# dotnet-ef writes the model snapshot under a folder named after the namespace; keep it beside its migrations.
for provider in Sqlite Postgres; do
  if [ -d "src/Modules/PesTor.Data/PesTor/Data/Migrations/$provider" ]; then
    mv "src/Modules/PesTor.Data/PesTor/Data/Migrations/$provider/"*.cs "src/Modules/PesTor.Data/Migrations/$provider/"
  fi
done
rm -rf src/Modules/PesTor.Data/PesTor
