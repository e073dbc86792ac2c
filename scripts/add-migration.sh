#!/usr/bin/env bash
# Adds a migration named $1 for both providers: EF Core migrations are provider-specific (ADR 2), and each provider's
# live in a project of their own under src/Migrations (ADR 26).
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet restore "src/Migrations/$provider" >/dev/null
  dotnet ef migrations add "$name" --context "${provider}TapbridgeDbContext" \
    --project "src/Migrations/$provider" --startup-project src/Tapbridge --output-dir .
done
rm -f src/Tapbridge/design-time.db design-time.db
