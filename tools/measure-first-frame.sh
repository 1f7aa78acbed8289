#!/usr/bin/env bash
# First frame of the installed app against a bare JavaFX window started the same way (docs/performance.md).
#
#   mvn -Pinstaller package -DskipTests && mvn -q test-compile && tools/measure-first-frame.sh [ROUNDS]
#
# The bare window is HelloWorldFirstFrame (test classes) packaged by jpackage like the app: the same runtime,
# the same jars on the class path, its own launcher. Two of them: "hello" with jpackage's default VM options
# (a bare window as jpackage makes it), and "hello-tuned" with exactly the app's options and its own class
# cache made by a training run as the app's is; and "app-nocache", the app with its cache deleted (what a
# missing or stale cache costs). Each round unpacks the .deb (dpkg -x) and copies both hello
# images into new folders and uses a new HOME (used once by another copy's window, as a desktop session would
# have), then starts, interleaved: app, hello, hello-tuned (the first start after installing; every other
# round in the opposite order), then twice more each (later starts). Prints one line per start:
#   round start kind first_frame_ms
# and the medians. Needs Xvfb (or DISPLAY). The OS file cache is warm (the files were just written).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
jpackage=${JAVA_HOME:+$JAVA_HOME/bin/}jpackage
deb=$(ls target/dist/bonebalance_*_amd64.deb)
runtime=target/installer/runtime
[ -d "$runtime" ] && [ -d target/test-classes/org/bonebalance/ui/bench ] || { echo "build first (see the header)" >&2; exit 2; }
work=target/first-frame
rm -rf "$work" && mkdir -p "$work/input/lib"

# the hello images: its class in a jar beside the app's jars (it uses the app's PerfMonitor)
"${JAVA_HOME:+$JAVA_HOME/bin/}jar" --create --file "$work/input/hello.jar" -C target/test-classes org/bonebalance/ui/bench
cp target/installer/input/bonebalance.jar "$work/input/"
cp target/installer/input/lib/* "$work/input/lib/"
main=org.bonebalance.ui.bench.HelloWorldFirstFrame
"$jpackage" --type app-image --name hello --input "$work/input" --main-jar hello.jar --main-class $main \
  --runtime-image "$runtime" --dest "$work/plain"
opts=()
while IFS= read -r line; do opts+=(--java-options "${line#java-options=}"); done \
  < <(grep '^java-options=-[^D]' target/installer/image/bonebalance/lib/app/bonebalance.cfg | sed 's/bonebalance\.aot/hello.aot/')
"$jpackage" --type app-image --name hello --input "$work/input" --main-jar hello.jar --main-class $main \
  --runtime-image "$runtime" --dest "$work/tuned" "${opts[@]}"

if [ -z "${DISPLAY:-}" ]; then
  d=90; while [ -e /tmp/.X$d-lock ] || [ -e /tmp/.X11-unix/X$d ]; do d=$((d+1)); done
  Xvfb :$d -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  export DISPLAY=:$d
  for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$d ] && break; sleep 0.1; done
fi

# the tuned hello's class cache, made as Installer.java makes the app's: record, then create
cfg=$work/tuned/hello/lib/app/hello.cfg
orig=$(cat "$cfg")
use='java-options=-XX:AOTCache=$APPDIR/hello.aot'
conf=$PWD/$work/hello.aotconf
printf '%s\n' "${orig//"$use"/java-options=-XX:AOTMode=record
java-options=-XX:AOTConfiguration=$conf}" > "$cfg"
"$work/tuned/hello/bin/hello" >/dev/null 2>&1
printf '%s\n' "${orig//"$use"/java-options=-XX:AOTMode=create
java-options=-XX:AOTConfiguration=$conf
$use}" > "$cfg"
"$work/tuned/hello/bin/hello" >/dev/null 2>&1
printf '%s\n' "$orig" > "$cfg"
[ -f "$work/tuned/hello/lib/app/hello.aot" ] || { echo "no cache for the tuned hello world" >&2; exit 1; }

ff() { sed -n 's/^first_frame_ms=//p' | head -n 1; }
results=$work/results.txt
: > "$results"
for r in $(seq "$rounds"); do
  dir=$PWD/$work/round$r
  mkdir -p "$dir/root" "$dir/home"
  dpkg -x "$deb" "$dir/root"
  dpkg -x "$deb" "$dir/nocache" && rm "$dir/nocache/opt/bonebalance/lib/app/bonebalance.aot"
  cp -a "$work/plain/hello" "$dir/hello"
  cp -a "$work/tuned/hello" "$dir/hello-tuned"
  sync # as an installer does (dpkg writes its files through to the disk): no write-back during the first start
  # a desktop session has used HOME before anything is installed (GTK's caches): a window of another copy
  HOME=$dir/home "$work/plain/hello/bin/hello" >/dev/null 2>&1
  order=(app hello hello-tuned app-nocache)
  [ $((r % 2)) -eq 1 ] || order=(app-nocache hello-tuned hello app) # every other round the other way round
  for start in first second third; do
    for kind in "${order[@]}"; do
      case $kind in
        app) cmd=("$dir/root/opt/bonebalance/bin/bonebalance" --perf --exit-after 3 --size 1600x1000) ;;
        app-nocache) cmd=("$dir/nocache/opt/bonebalance/bin/bonebalance" --perf --exit-after 3 --size 1600x1000) ;;
        hello) cmd=("$dir/hello/bin/hello") ;;
        hello-tuned) cmd=("$dir/hello-tuned/bin/hello") ;;
      esac
      echo "$r $start $kind $(HOME=$dir/home "${cmd[@]}" 2>/dev/null | ff)" | tee -a "$results"
    done
  done
  rm -rf "$dir"
done

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}'; }
for start in first later; do
  sel() { if [ "$start" = first ]; then awk -v k="$1" '$2 == "first" && $3 == k {print $4}' "$results";
          else awk -v k="$1" '$2 != "first" && $3 == k {print $4}' "$results"; fi; }
  a=$(sel app | median); h=$(sel hello | median); t=$(sel hello-tuned | median); n=$(sel app-nocache | median)
  echo "$start start: app $a ms, hello $h ms (ratio $(awk -v a="$a" -v h="$h" 'BEGIN {printf "%.2f", a / h}')),"\
" hello-tuned $t ms (ratio $(awk -v a="$a" -v t="$t" 'BEGIN {printf "%.2f", a / t}')), app without its cache $n ms"
done
