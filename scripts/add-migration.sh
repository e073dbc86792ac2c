#!/usr/bin/env bash
# Adds a migration named $1 for both providers: EF Core migrations are provider-specific (see docs/adr/0002).
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/../src/Tapbridge"
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --context "${provider}TapbridgeDbContext" --output-dir "Platform/Data/Migrations/$provider"
done
rm -f design-time.db
