#!/usr/bin/env bash
# Verifies the published package of this plugin the way a user gets it:
#   1. builds the plugin (`medusa plugin:build`) in a temporary COPY of the repository,
#   2. `npm pack`s it and checks the tarball (no tests, no dev config, the files Medusa needs),
#   3. creates a fresh, ordinary Medusa application in a temporary folder, installs the
#      tarball there and registers it as a plugin,
#   4. migrates a fresh database, checks the plugin's tables and number sequence,
#   5. `medusa build` + `medusa start`, creates an admin user, logs in and calls the admin
#      routes, asserting status codes; checks that /app serves the plugin's admin extension,
#   6. stops the server (process group), drops the database, removes the temporary folder.
# The repository is only read: nothing is written inside it.
#
# Usage: scripts/verify-package.sh
# Environment (all optional):
#   DATABASE_URL     Postgres URL of the database to (re)create and use.
#                    Default postgres://postgres@localhost:5432/host_app_check
#                    (use "localhost": Medusa turns SSL on for other hosts).
#                    The database is DROPPED and recreated; its name must contain
#                    check|verify|test|tmp unless FORCE_DB_RESET=1.
#   PORT             Port of the host app (default 9000; must be free).
#   NUMBER_PREFIX    `number_prefix` plugin option (default "SA-"); agreement numbers
#                    must start with it (proves plugin options reach the module).
#   MEDUSA_VERSION   Medusa version of the host app (default: the plugin's peer version).
#   PLUGIN_TARBALL   Use this tarball instead of building and packing the repository.
#   WORK_DIR         Parent of the temporary folder (default $TMPDIR or /tmp).
#   KEEP_TMP=1       Keep the temporary folder (host app, logs) afterwards.
#   KEEP_DB=1        Keep the database afterwards.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATABASE_URL="${DATABASE_URL:-postgres://postgres@localhost:5432/host_app_check}"
PORT="${PORT:-9000}"
NUMBER_PREFIX="${NUMBER_PREFIX:-SA-}"
PLUGIN_NAME="$(node -p "require('$REPO/package.json').name")"
MEDUSA_VERSION="${MEDUSA_VERSION:-$(node -p "require('$REPO/package.json').peerDependencies['@medusajs/framework']")}"
mkdir -p "${WORK_DIR:-${TMPDIR:-/tmp}}"
WORK="$(mktemp -d "${WORK_DIR:-${TMPDIR:-/tmp}}/verify-package.XXXXXX")"
HOST="$WORK/host-app"
BASE="http://localhost:$PORT"
export MEDUSA_DISABLE_TELEMETRY=true NEXT_TELEMETRY_DISABLED=1

case "$WORK/" in "$REPO"/*) echo "WORK_DIR must be outside the repository" >&2; exit 2 ;; esac

SERVER_PGID=""
FAILURES=0
TIMINGS=()

log() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
ok() { printf '  ok   %s\n' "$*"; }
fail() { printf '  FAIL %s\n' "$*"; FAILURES=$((FAILURES + 1)); }
die() { printf '  FATAL %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }
timing() { TIMINGS+=("$(printf '%-28s %6.1f s' "$1" "$(awk -v a="$2" -v b="$(now)" 'BEGIN{print b-a}')")"); }
T_START=$(now)

# Runs a Node.js snippet with the host app's node_modules (pg, the plugin) resolvable.
hnode() { (cd "$HOST" && node -e "$@"); }

# psql-free database helper: `db reset|drop|query <sql>` on DATABASE_URL's server.
db() {
  hnode '
    const { Client } = require("pg")
    const [op, sql] = process.argv.slice(1)
    const url = new URL(process.env.DATABASE_URL)
    const name = decodeURIComponent(url.pathname.slice(1))
    const admin = new URL(url); admin.pathname = "/postgres"
    const run = async () => {
      if (op === "query") {
        const c = new Client({ connectionString: url.toString() }); await c.connect()
        const r = await c.query(sql); await c.end()
        console.log(JSON.stringify(r.rows)); return
      }
      const c = new Client({ connectionString: admin.toString() }); await c.connect()
      const q = (s) => c.query(s)
      const ident = `"${name.replace(/"/g, "\"\"")}"`
      await c.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()", [name])
      await q(`drop database if exists ${ident}`)
      if (op === "reset") await q(`create database ${ident}`)
      await c.end()
    }
    run().catch((e) => { console.error(e.message); process.exit(1) })
  ' "$@"
}

stop_server() {
  if [ -n "$SERVER_PGID" ]; then
    kill -TERM -- "-$SERVER_PGID" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 -- "-$SERVER_PGID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$SERVER_PGID" 2>/dev/null || true
    SERVER_PGID=""
  fi
}

cleanup() {
  local rc=$?
  stop_server
  if [ "${KEEP_DB:-}" != 1 ] && [ -d "$HOST/node_modules/pg" ]; then
    DATABASE_URL="$DATABASE_URL" db drop >/dev/null 2>&1 || echo "could not drop the database" >&2
  fi
  if [ "${KEEP_TMP:-}" = 1 ] || [ $rc -ne 0 ]; then
    echo "temporary files kept in $WORK"
  else
    rm -rf "$WORK"
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- preflight
log "Preflight"
for tool in node npm curl tar awk setsid; do command -v "$tool" >/dev/null || die "$tool is required"; done
DB_NAME="$(node -e 'console.log(decodeURIComponent(new URL(process.argv[1]).pathname.slice(1)))' "$DATABASE_URL")"
if [ "${FORCE_DB_RESET:-}" != 1 ] && ! [[ "$DB_NAME" =~ check|verify|test|tmp ]]; then
  die "refusing to drop database \"$DB_NAME\" (name lacks check|verify|test|tmp); set FORCE_DB_RESET=1"
fi
if curl -s -o /dev/null --max-time 2 "$BASE"; then die "port $PORT is already in use (set PORT)"; fi
echo "  repo $REPO"
echo "  work $WORK"
echo "  medusa $MEDUSA_VERSION, database $DB_NAME, port $PORT, number_prefix \"$NUMBER_PREFIX\""

# ---------------------------------------------------------------- build + pack
mkdir -p "$WORK/pkg"
if [ -n "${PLUGIN_TARBALL:-}" ]; then
  log "Using tarball $PLUGIN_TARBALL"
  cp "$PLUGIN_TARBALL" "$WORK/pkg/"
else
  log "Build the plugin in a copy of the repository"
  BUILD="$WORK/plugin-src"
  mkdir -p "$BUILD"
  tar -C "$REPO" --exclude=./node_modules --exclude=./.git --exclude=./.data --exclude=./.medusa \
    --exclude=./coverage --exclude='*.tgz' -cf - . | tar -C "$BUILD" -xf -
  [ -d "$REPO/src/admin" ] || die "src/admin is missing: medusa plugin:build needs it"
  t=$(now)
  if [ -d "$REPO/node_modules/@medusajs/medusa" ]; then
    ln -s "$REPO/node_modules" "$BUILD/node_modules"
  else
    (cd "$BUILD" && npm install --no-audit --no-fund >"$WORK/plugin-install.log" 2>&1) \
      || die "npm install of the plugin failed, see $WORK/plugin-install.log"
    timing "plugin npm install" "$t"; t=$(now)
  fi
  (cd "$BUILD" && npx --no-install medusa plugin:build >"$WORK/plugin-build.log" 2>&1) \
    || { tail -40 "$WORK/plugin-build.log"; die "medusa plugin:build failed"; }
  timing "plugin:build" "$t"
  ok "medusa plugin:build"
  t=$(now)
  (cd "$BUILD" && npm pack --pack-destination "$WORK/pkg" >"$WORK/pack.log" 2>&1) \
    || { cat "$WORK/pack.log"; die "npm pack failed"; }
  timing "npm pack" "$t"
fi
TARBALL="$(ls "$WORK"/pkg/*.tgz | head -1)"
[ -f "$TARBALL" ] || die "no tarball"

log "Check the tarball"
tar -tzf "$TARBALL" | sort >"$WORK/tarball-files.txt"
FILE_COUNT=$(wc -l <"$WORK/tarball-files.txt")
SIZE=$(wc -c <"$TARBALL")
UNPACKED=$(tar -xzOf "$TARBALL" | wc -c)
echo "  $(basename "$TARBALL"): $SIZE bytes packed, $UNPACKED bytes unpacked, $FILE_COUNT files"
FORBIDDEN='(__tests__|__fixtures__|__mocks__|\.spec\.|\.test\.|medusa-config|jest\.config|integration-tests|^package/scripts/|^package/\.ci/|^package/\.data/|^package/src/|\.env(\.|$)|tsconfig|package-lock\.json|\.tgz$)'
if grep -E "$FORBIDDEN" "$WORK/tarball-files.txt" >"$WORK/forbidden.txt"; then
  fail "tarball holds dev-only files:"; sed 's/^/         /' "$WORK/forbidden.txt"
else
  ok "no tests, fixtures, dev config, scripts or sources"
fi
if grep -E '\.(ts|tsx)$' "$WORK/tarball-files.txt" | grep -v '\.d\.ts$' >"$WORK/ts-sources.txt"; then
  fail "tarball holds TypeScript sources:"; sed 's/^/         /' "$WORK/ts-sources.txt"
else
  ok "no TypeScript sources (only .js and .d.ts)"
fi
for required in \
  package/package.json \
  package/.medusa/server/src/modules/sales-agreement/index.js \
  package/.medusa/server/src/modules/sales-agreement/service.js \
  package/.medusa/server/src/api/admin/sales-agreements/route.js \
  package/.medusa/server/src/api/middlewares.js \
  package/.medusa/server/src/workflows/index.js \
  package/.medusa/server/src/admin/index.js \
  package/.medusa/server/src/admin/index.mjs; do
  if grep -qxF "$required" "$WORK/tarball-files.txt"; then ok "has ${required#package/}"; else fail "missing ${required#package/}"; fi
done
grep -qE '^package/\.medusa/server/src/modules/sales-agreement/migrations/Migration[0-9]+\.js$' "$WORK/tarball-files.txt" \
  && ok "has the module migration(s)" || fail "no migration in the tarball"
grep -qE '^package/\.medusa/server/src/links/[^/]+\.js$' "$WORK/tarball-files.txt" \
  && ok "has the links" || fail "no links in the tarball"
if grep -q 'medusa-plugin-options.json' "$WORK/tarball-files.txt"; then
  fail "medusa-plugin-options.json (written by plugin:develop) would point hosts at a local admin source"
fi
mkdir -p "$WORK/unpacked" && tar -C "$WORK/unpacked" -xzf "$TARBALL"
if grep -rlE '\.medusa/types' --include='*.d.ts' "$WORK/unpacked/package/.medusa/server" >"$WORK/dts-leaks.txt"; then
  echo "  WARN declarations import the plugin's generated .medusa/types (not shipped; those types become any):"
  sed "s#^$WORK/unpacked/package/#         #" "$WORK/dts-leaks.txt"
fi

# ---------------------------------------------------------------- host app
log "Create a fresh Medusa $MEDUSA_VERSION application"
mkdir -p "$HOST/src"
cat >"$HOST/package.json" <<EOF
{
  "name": "host-app",
  "version": "0.0.1",
  "private": true,
  "scripts": { "build": "medusa build", "start": "medusa start", "dev": "medusa develop" },
  "dependencies": {
    "@medusajs/admin-sdk": "$MEDUSA_VERSION",
    "@medusajs/cli": "$MEDUSA_VERSION",
    "@medusajs/framework": "$MEDUSA_VERSION",
    "@medusajs/medusa": "$MEDUSA_VERSION",
    "$PLUGIN_NAME": "file:$TARBALL"
  },
  "devDependencies": {
    "@swc/core": "^1.7.28",
    "@types/node": "^20.12.11",
    "@types/react": "^18.3.2",
    "@types/react-dom": "^18.2.25",
    "prop-types": "^15.8.1",
    "react": "^18.3.1",
    "react-dom": "^18.3.1",
    "ts-node": "^10.9.2",
    "typescript": "^5.6.2",
    "vite": "^5.4.14"
  },
  "engines": { "node": ">=20" }
}
EOF
cat >"$HOST/medusa-config.ts" <<EOF
import { loadEnv, defineConfig } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:$PORT",
      authCors: process.env.AUTH_CORS || "http://localhost:$PORT",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  plugins: [
    {
      resolve: "$PLUGIN_NAME",
      options: { number_prefix: "$NUMBER_PREFIX" },
    },
  ],
})
EOF
cat >"$HOST/tsconfig.json" <<'EOF'
{
  "compilerOptions": {
    "target": "ES2021",
    "esModuleInterop": true,
    "module": "Node16",
    "moduleResolution": "Node16",
    "emitDecoratorMetadata": true,
    "experimentalDecorators": true,
    "skipLibCheck": true,
    "skipDefaultLibCheck": true,
    "declaration": false,
    "sourceMap": false,
    "inlineSourceMap": true,
    "outDir": "./.medusa/server",
    "rootDir": "./",
    "jsx": "react-jsx",
    "forceConsistentCasingInFileNames": true,
    "resolveJsonModule": true,
    "checkJs": false,
    "strictNullChecks": true
  },
  "ts-node": { "swc": true },
  "include": ["**/*", ".medusa/types/*"],
  "exclude": ["node_modules", ".medusa/server", ".medusa/admin", ".cache"]
}
EOF
t=$(now)
(cd "$HOST" && npm install --no-audit --no-fund >"$WORK/host-install.log" 2>&1) \
  || { tail -40 "$WORK/host-install.log"; die "npm install of the host app failed"; }
timing "host npm install" "$t"
ok "npm install ($(grep -oE 'added [0-9]+ packages' "$WORK/host-install.log" || echo '?'))"
export DATABASE_URL

log "Package entry points resolve in the host"
t=$(now)
for sub in package.json workflows types domain modules/sales-agreement admin; do
  if hnode "require.resolve('$PLUGIN_NAME/$sub')" 2>/dev/null; then ok "$PLUGIN_NAME/$sub"; else fail "cannot resolve $PLUGIN_NAME/$sub"; fi
done
hnode "const w = require('$PLUGIN_NAME/workflows'); if (!w.createSalesAgreementWorkflow) throw new Error('createSalesAgreementWorkflow not exported')" \
  && ok "require('$PLUGIN_NAME/workflows') exports createSalesAgreementWorkflow" \
  || fail "require('$PLUGIN_NAME/workflows') failed"
timing "entry point checks" "$t"

# ---------------------------------------------------------------- database
log "Migrate a fresh database"
db reset || die "cannot (re)create database $DB_NAME (is Postgres running? DATABASE_URL=$DATABASE_URL)"
t=$(now)
(cd "$HOST" && npx --no-install medusa db:migrate >"$WORK/migrate.log" 2>&1) \
  || { tail -40 "$WORK/migrate.log"; die "medusa db:migrate failed"; }
timing "db:migrate" "$t"
ok "medusa db:migrate"
TABLES=$(db query "select string_agg(tablename, ',' order by tablename) as t from pg_tables where tablename like 'sales_agreement%'")
for table in sales_agreement sales_agreement_line sales_agreement_version sales_agreement_ledger_entry; do
  [[ ",$(node -p "JSON.parse(process.argv[1])[0].t || ''" "$TABLES")," == *",$table,"* ]] && ok "table $table" || fail "table $table missing"
done
SEQ=$(db query "select count(*)::int as n from pg_sequences where sequencename = 'sales_agreement_number_seq'")
[ "$(node -p "JSON.parse(process.argv[1])[0].n" "$SEQ")" = 1 ] && ok "sequence sales_agreement_number_seq" || fail "sequence sales_agreement_number_seq missing"
TABLES=$(db query "select string_agg(tablename, ',' order by tablename) as t from pg_tables where tablename like 'special_order%'")
for table in special_order_vendor special_order_purchasing_code special_order_variant_sourcing special_order_line_purchasing_code special_order_requisition_line special_order_purchase_order special_order_purchase_order_line; do
  [[ ",$(node -p "JSON.parse(process.argv[1])[0].t || ''" "$TABLES")," == *",$table,"* ]] && ok "table $table" || fail "table $table missing"
done
SEQ=$(db query "select count(*)::int as n from pg_sequences where sequencename = 'special_order_purchase_order_number_seq'")
[ "$(node -p "JSON.parse(process.argv[1])[0].n" "$SEQ")" = 1 ] && ok "sequence special_order_purchase_order_number_seq" || fail "sequence special_order_purchase_order_number_seq missing"

# ---------------------------------------------------------------- build + start
log "medusa build"
t=$(now)
(cd "$HOST" && npx --no-install medusa build >"$WORK/host-build.log" 2>&1) \
  || { tail -40 "$WORK/host-build.log"; die "medusa build failed"; }
timing "host medusa build" "$t"
ok "medusa build"

log "medusa start"
t=$(now)
(cd "$HOST/.medusa/server" && NODE_ENV=production exec setsid "$HOST/node_modules/.bin/medusa" start --port "$PORT" \
  >"$WORK/server.log" 2>&1) &
SERVER_PID=$!
sleep 0.5
SERVER_PGID="$(ps -o pgid= -p "$SERVER_PID" | tr -d ' ')"
[ -n "$SERVER_PGID" ] || { tail -40 "$WORK/server.log"; die "server exited at once"; }
for _ in $(seq 1 240); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health")" = 200 ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || { tail -40 "$WORK/server.log"; die "server exited"; }
  sleep 0.5
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health")" = 200 ] || { tail -40 "$WORK/server.log"; die "server not healthy after 120 s"; }
timing "start to /health 200" "$t"
ok "server is up (pgid $SERVER_PGID)"

# ---------------------------------------------------------------- HTTP
log "Admin user and login"
T_HTTP=$(now)
(cd "$HOST/.medusa/server" && NODE_ENV=production "$HOST/node_modules/.bin/medusa" user -e admin@test.local -p supersecret >"$WORK/user.log" 2>&1) \
  && ok "medusa user -e admin@test.local" || { tail -20 "$WORK/user.log"; die "medusa user failed"; }

RESP="$WORK/resp.body"
# req METHOD PATH EXPECTED_CODE [JSON_BODY]; body in $RESP, content type in $CTYPE
req() {
  local method=$1 path=$2 expected=$3 data=${4:-} out
  local args=(-s -o "$RESP" -w '%{http_code} %{content_type}' -X "$method" "$BASE$path")
  [ -n "${TOKEN:-}" ] && args+=(-H "authorization: Bearer $TOKEN")
  [ -n "$data" ] && args+=(-H 'content-type: application/json' --data "$data")
  out=$(curl "${args[@]}")
  CODE=${out%% *}; CTYPE=${out#* }
  if [ "$CODE" = "$expected" ]; then ok "$method $path -> $CODE"; else fail "$method $path -> $CODE (expected $expected): $(head -c 300 "$RESP")"; fi
}
jget() { node -e 'const b = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); const v = (new Function("b", "return " + process.argv[2]))(b); if (v === undefined) process.exit(1); console.log(typeof v === "string" ? v : JSON.stringify(v))' "$RESP" "$1" 2>/dev/null; }

TOKEN=""
req GET /admin/sales-agreements 401
req POST /auth/user/emailpass 200 '{"email":"admin@test.local","password":"supersecret"}'
TOKEN=$(jget 'b.token') || die "no token in the login response"

log "Admin routes of the plugin"
req POST /admin/customers 200 '{"email":"buyer@test.local","first_name":"Bea","last_name":"Buyer","company_name":"Buyer GmbH"}'
CUSTOMER_ID=$(jget 'b.customer.id') || die "no customer id"
req POST /admin/sales-agreements 400 '{"customer_id":"'"$CUSTOMER_ID"'"}'
req POST /admin/sales-agreements 201 '{"customer_id":"'"$CUSTOMER_ID"'","title":"Frame agreement","currency_code":"eur","effective_date":"2026-01-01","expiration_date":"2030-12-31","payment_terms":"30 days net","lines":[{"commitment_type":"value","amount":"10000.00","discount_percent":"5"}]}'
SA_ID=$(jget 'b.sales_agreement.id') || die "no sales agreement id: $(head -c 300 "$RESP")"
SA_NUMBER=$(jget 'b.sales_agreement.number' || true)
[[ "$SA_NUMBER" == "$NUMBER_PREFIX"* ]] && ok "number $SA_NUMBER starts with number_prefix \"$NUMBER_PREFIX\"" \
  || fail "number $SA_NUMBER does not start with number_prefix \"$NUMBER_PREFIX\""
[ "$(jget 'b.sales_agreement.lines.length')" = 1 ] && ok "one value line" || fail "expected one line"
req GET /admin/sales-agreements 200
[ "$(jget 'b.sales_agreements.some(a => a.id === "'"$SA_ID"'")')" = true ] && ok "list holds $SA_ID (count $(jget 'b.count'))" || fail "list lacks $SA_ID"
req GET "/admin/sales-agreements/$SA_ID" 200
req GET /admin/sales-agreements/sagr_does_not_exist 404
req POST "/admin/sales-agreements/$SA_ID/status" 200 '{"status":"effective"}'
[ "$(jget 'b.sales_agreement.status')" = effective ] && ok "status effective" || fail "status is $(jget 'b.sales_agreement.status')"
req POST "/admin/sales-agreements/$SA_ID/confirm" 201 '{}'
req GET "/admin/sales-agreements/$SA_ID/versions" 200
[ "$(jget 'b.current_version')" = 1 ] && ok "current_version 1" || fail "current_version is $(jget 'b.current_version')"
req GET "/admin/sales-agreements/$SA_ID/versions/1/document" 200
[[ "$CTYPE" == text/html* ]] && grep -q "$SA_NUMBER" "$RESP" && ok "HTML document names $SA_NUMBER" || fail "HTML document: $CTYPE"
req GET "/admin/sales-agreements/$SA_ID/versions/1/document?format=pdf" 200
[[ "$CTYPE" == application/pdf* ]] && [ "$(head -c 5 "$RESP")" = "%PDF-" ] && ok "PDF document ($(wc -c <"$RESP") bytes)" || fail "PDF document: $CTYPE"

log "Special-order routes of the plugin"
req POST /admin/vendors 400 '{"name":"Acme"}'
req POST /admin/vendors 201 '{"name":"Acme Supplies","email":"orders@acme.test","currency_code":"eur","lead_time_days":5}'
VENDOR_ID=$(jget 'b.vendor.id') || die "no vendor id: $(head -c 300 "$RESP")"
req GET /admin/vendors 200
[ "$(jget 'b.vendors.some(v => v.id === "'"$VENDOR_ID"'")')" = true ] && ok "vendor list holds $VENDOR_ID" || fail "vendor list lacks $VENDOR_ID"
req POST /admin/purchasing-codes 201 '{"code":"SPECIAL","kind":"special_order","description":"Bought for the order"}'
req POST /admin/purchasing-codes 400 '{"code":"SPECIAL","kind":"special_order"}'
req GET /admin/requisition-lines 200
req POST /admin/requisition-lines/carry-out 200 '{}'
req GET /admin/purchase-orders 200
TOKEN=""
req GET /vendor/purchase-orders/po_does_not_exist 401
TOKEN=$(curl -s -X POST "$BASE/auth/user/emailpass" -H 'content-type: application/json' --data '{"email":"admin@test.local","password":"supersecret"}' | node -pe 'JSON.parse(require("fs").readFileSync(0, "utf8")).token')

log "Admin dashboard"
TOKEN=""
req GET /app 200
SCRIPT=$(grep -oE 'src="/app/assets/[^"]+\.js"' "$RESP" | head -1 | sed -E 's/^src="(.*)"$/\1/')
if [ -n "$SCRIPT" ] && curl -s "$BASE$SCRIPT" | grep -q 'sales-agreements'; then
  ok "dashboard bundle ($SCRIPT) holds the plugin's /sales-agreements route"
else
  fail "dashboard bundle lacks the plugin's admin extension"
fi
if grep -qiE 'error' "$WORK/server.log"; then
  echo "  WARN the server log mentions errors:"; grep -iE 'error' "$WORK/server.log" | head -5 | sed 's/^/         /'
fi
timing "admin user + HTTP checks" "$T_HTTP"
RSS_KB=$(ps -eo pgid=,rss= | awk -v g="$SERVER_PGID" '$1 == g {s += $2} END {print s + 0}')

t=$(now)
stop_server
timing "server stop" "$t"

# ---------------------------------------------------------------- summary
log "Summary"
echo "  tarball   $(basename "$TARBALL"): $SIZE bytes, $FILE_COUNT files ($UNPACKED bytes unpacked)"
timing "total (before cleanup)" "$T_START"
printf '  %s\n' "${TIMINGS[@]}"
echo "  server RSS after the calls: $((RSS_KB / 1024)) MB"
if [ "$FAILURES" -gt 0 ]; then
  echo "  $FAILURES check(s) FAILED (logs in $WORK)"
  exit 1
fi
echo "  all checks passed"
