#!/usr/bin/env bash
# Starts a local Redis Cluster of three masters (no replicas) for the cluster test run, and prints
# its nodes as REDIS_CLUSTER_NODES takes them. Usage: scripts/redis-cluster.sh start <dir> [first-port]
#                                                     scripts/redis-cluster.sh stop <dir>
set -euo pipefail
cmd=${1:?start or stop}
dir=${2:?a working directory}
first=${3:-30101}
ports=("$first" "$((first + 1))" "$((first + 2))")
case "$cmd" in
  start)
    mkdir -p "$dir"
    for port in "${ports[@]}"; do
      redis-server --port "$port" --bind 127.0.0.1 --cluster-enabled yes \
        --cluster-config-file "$dir/nodes-$port.conf" --dir "$dir" --save "" --appendonly no \
        --daemonize yes --pidfile "$dir/redis-$port.pid" --logfile "$dir/redis-$port.log"
    done
    for port in "${ports[@]}"; do
      for _ in $(seq 100); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
    done
    nodes=()
    for port in "${ports[@]}"; do nodes+=("127.0.0.1:$port"); done
    redis-cli --cluster create "${nodes[@]}" --cluster-replicas 0 --cluster-yes >"$dir/create.log"
    for _ in $(seq 100); do
      ok=1
      for port in "${ports[@]}"; do redis-cli -p "$port" cluster info | grep -q cluster_state:ok || ok=0; done
      [ "$ok" = 1 ] && break
      sleep 0.1
    done
    (IFS=,; echo "${nodes[*]}")
    ;;
  stop)
    for pid in "$dir"/redis-*.pid; do [ -f "$pid" ] && kill "$(cat "$pid")" 2>/dev/null || true; done
    ;;
esac
