#!/usr/bin/env bash
# Regenerates src/main/resources/org/bonebalance/startup-classes.txt: the classes from the application's
# class path (JavaFX, TilesFX, ControlsFX, ours) and the JDK classes outside its shared archive that the
# explorer loads before its first frame is painted, in the order it loads them. Launcher loads them on a
# second thread while JavaFX starts (see ClassPreloader). Run after a build, with a display (or Xvfb):
#
#   mvn -q package -DskipTests && DISPLAY=:0 tools/startup-classes.sh
#
# A stale list only makes start-up slower; ClassPreloaderTest fails when many names no longer exist.
set -euo pipefail
cd "$(dirname "$0")/.."
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
log=$(mktemp); trace=$(mktemp)
"$java" -Dprism.order=sw -Dbonebalance.startupTrace=true -Dbonebalance.preload=false -Dbonebalance.relaunch=false \
  -Xlog:class+load=info:file="$log":uptime -jar target/bonebalance.jar --exit-after 4 --perf 2>"$trace" >/dev/null
painted=$(awk '/startup [0-9]+ first frame painted/ {print $2}' "$trace")
[ -n "$painted" ] || { echo "no 'first frame painted' in the start-up trace" >&2; cat "$trace" >&2; exit 1; }
out=src/main/resources/org/bonebalance/startup-classes.txt
{
  echo "# Loaded before the explorer's first frame ($painted ms). Made by tools/startup-classes.sh; do not edit."
  # [1.234s][info][class,load] name source: file:...  (jackson: parsed after the first frame, on its own thread)
  awk -v limit="$painted" -F'[][]' '{ t = $2; sub(/s$/, "", t); if (t * 1000 < limit) print }' "$log" \
    | grep -E ' source: (file:|jrt:)' | grep -v 'com\.fasterxml\.' | awk '{print $2}'
} > "$out"
rm -f "$log" "$trace"
echo "$(($(wc -l < "$out") - 1)) classes in $out"
