#!/usr/bin/env bash
# Makes the README's screenshots (docs/screenshots/) again from the current build, each in its own virtual
# display, with the app's own --snapshot (the window only, no desktop around it).
#
#   mvn -o -q package -DskipTests && tools/screenshots.sh [NAME ...]
#
# NAME is one of the shots below (all when none is given). Needs Xvfb and xdotool. Shots that play the
# simulation press Space once the window shows, so the curve and the dials have moved when the PNG is taken.
# The glossary and handout pictures need a pointer and a PDF renderer and are not made here.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/bonebalance.jar
out=docs/screenshots
[ -f "$jar" ] || { echo "build first: mvn -o -q package -DskipTests" >&2; exit 2; }
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

# shot NAME WxH PLAY_SECONDS [APP OPTION ...]: PLAY_SECONDS 0 leaves the simulation paused
shot() {
  local name=$1 size=$2 play=$3; shift 3
  local d=90
  while [ -e /tmp/.X$d-lock ] || [ -e /tmp/.X11-unix/X$d ]; do d=$((d+1)); done
  Xvfb :$d -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
  local xvfb=$!
  sleep 1
  local wait=12
  DISPLAY=:$d "$java" -jar "$jar" --size "$size" --exit-after $((wait + play + 2)) --snapshot "$out/$name.png" "$@" \
      >"target/screenshot-$name.log" 2>&1 &
  local app=$!
  sleep "$wait"
  if [ "$play" -gt 0 ]; then
    DISPLAY=:$d xdotool search --name BoneBalance windowfocus >/dev/null 2>&1 || true
    DISPLAY=:$d xdotool key space
  fi
  local rc=0
  wait "$app" || rc=$?
  kill "$xvfb" 2>/dev/null || true
  wait "$xvfb" 2>/dev/null || true
  if [ "$rc" -ne 0 ]; then echo "$name: the app ended with status $rc (target/screenshot-$name.log)" >&2; return 1; fi
  echo "$out/$name.png"
}

all=(explorer explorer-dark explorer-es-1280x720 cycle switch presenter-lesson consult)
for name in "${@:-${all[@]}}"; do
  case "$name" in
    explorer)             shot "$name" 1600x1000 8 --preset early-postmenopause ;;
    explorer-dark)        shot "$name" 1600x1000 8 --preset early-postmenopause --theme dark ;;
    explorer-es-1280x720) shot "$name" 1280x720 0 --lang es ;;
    cycle)                shot "$name" 1600x1000 4 --screen cycle --preset early-postmenopause ;;
    switch)               shot "$name" 1600x1000 0 --screen switch --preset postmenopause-10y ;;
    presenter-lesson)     shot "$name" 1600x1000 0 --presenter --lesson 2 --step 2 ;;
    consult)              shot "$name" 1280x1400 0 assets/consultations/example-52.json ;;
    *) echo "unknown shot $name (one of: ${all[*]})" >&2; exit 2 ;;
  esac
done
