#!/usr/bin/env bash
# Measures the forwardable catalogue with many approved registrations (default 50,000 in one PH campaign, spread over
# the category tree and rates), against the same token-authenticated request that reads no registration:
#   baseline   GET /api/v1/account/me                                     token auth, no catalogue
#   first page GET /api/v1/agency/catalogue?market=PH                     newest first, 50 items + total
#   filtered   …&categoryId=601450&minRate=2000&sort=HighestCommission    top category, rate floor, rate order
#   deep page  …&page=200                                                 offset 9,950
# Usage: bench/catalogue.sh [rows] [seconds-per-run] [connections]   Paste the table into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-50000}; seconds=${2:-10}; connections=${3:-16}
source bench/lib.sh
db="$work/bench.db"
campaign=$(sqlite3 "$db" "select Id from campaigns where Name = 'Home Essentials PH'")
sqlite3 "$db" <<SQL
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $rows),
g AS (SELECT i, lower(hex(randomblob(16))) AS h FROM n)
INSERT INTO campaign_registrations (Id, CampaignId, MarketCode, ShopName, ProductId, Title, Description, ImageUrls, CategoryId, CategoryName,
  TopCategoryId, Skus, LowestPrice, HighestPrice, Stock, PartnerRate, CreatorRate, TotalRate, OpenCollaborationRate, SampleQuota,
  SellingPoints, RequiredClaims, ForbiddenClaims, Hashtags, Status, RejectedForever, RejectReasons, Source, RegisteredAt, UpdatedAt, ReviewedAt,
  StatusChangedAt, ProductSales, Available, DecisionHeld, Version, Forwardable)
SELECT upper(substr(h,1,8)||'-'||substr(h,9,4)||'-'||substr(h,13,4)||'-'||substr(h,17,4)||'-'||substr(h,21,12)), '$campaign', 'PH', 'Bench Shop ' || (i % 200),
  '9' || printf('%012d', i), 'Bench product ' || i, '', '["https://images.tapbridge.test/b.jpg"]',
  CASE i % 5 WHEN 0 THEN '601152' WHEN 1 THEN '601153' WHEN 2 THEN '600942' WHEN 3 THEN '601739' ELSE '700645' END,
  'Bench', CASE i % 5 WHEN 0 THEN '601450' WHEN 1 THEN '601450' WHEN 2 THEN '600001' WHEN 3 THEN '601755' ELSE '700437' END,
  '[]', 10000 + i % 5000, 12000 + i % 5000, 100, 500 + (i % 30) * 100, 500, 1000 + (i % 30) * 100, 1000, 0,
  '["x"]', '[]', '[]', '[]', CASE WHEN i % 10 = 0 THEN 'Pending' ELSE 'Approved' END, 0, '[]', 'TikTok',
  1764000000000 + i, 1764000000000 + i, 1764000000000 + i, 1764000000000 + i, i % 50, 1, 0, 1, CASE WHEN i % 10 = 0 THEN 0 ELSE 1 END
FROM g;
UPDATE campaign_registrations SET TikTokCampaignId = (SELECT TikTokCampaignId FROM campaigns WHERE Id = '$campaign'), TikTokStatus = Status
  WHERE CampaignId = '$campaign' AND ProductId LIKE '9%';
ANALYZE;
SQL
auth="Authorization: Bearer $api_token"
echo "machine: $(nproc) cores, $(uname -m), $(date -u +%F); $rows registrations (90 % approved) in one ongoing PH campaign"
echo "wrk -t2 -c$connections -d${seconds}s; app: Release, SQLite, Production logging"
{ run baseline "$auth" /api/v1/account/me
  run first-page "$auth" "/api/v1/agency/catalogue?market=PH"
  run filtered "$auth" "/api/v1/agency/catalogue?market=PH&categoryId=601450&minRate=2000&sort=HighestCommission"
  run deep-page "$auth" "/api/v1/agency/catalogue?market=PH&page=200"; } | table
