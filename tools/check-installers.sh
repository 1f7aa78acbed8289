#!/usr/bin/env bash
# Builds the installers (mvn -Pinstaller package) and checks that what a user gets runs without a JDK:
# the portable archive unpacked into a scratch folder, and the .deb unpacked with dpkg -x into a scratch root.
# Each launcher runs with no java on PATH and JAVA_HOME unset, headless under Xvfb:
#   - the window (--exit-after 3 --snapshot): exit 0, a PNG of the window's size, nothing on standard error;
#   - forecast: exit 0, the documented CSV header and one row a year; handout: a PDF;
#   - the class cache made at build time maps from where the app now is (most classes come from it);
#   - the portable copy with its cache broken, then removed, still starts, and says nothing.
# Run by .ci/run after mvn verify (as root on a fresh machine it installs what it needs); usable alone:
#   tools/check-installers.sh [--no-build]    (JAVA_HOME or PATH must give JDK 25 for the build)
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)

need=()
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
command -v fakeroot >/dev/null 2>&1 || need+=(fakeroot)
gtk=ok; ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0' || gtk=missing
if [ ${#need[@]} -gt 0 ] || [ $gtk = missing ]; then
  echo "installing what the check needs: ${need[*]} $([ $gtk = ok ] || echo GTK 3)"
  apt-get update -qq
  [ ${#need[@]} -eq 0 ] || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  # Debian 13 and Ubuntu 24.04 call the package libgtk-3-0t64
  [ $gtk = ok ] || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libgtk-3-0 >/dev/null 2>&1 \
    || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libgtk-3-0t64 >/dev/null
fi

# --no-build: check what target/dist holds
[ "${1:-}" = --no-build ] || mvn -B -q -Pinstaller package -DskipTests
version=$(ls target/dist/bonebalance_*_amd64.deb | sed -E 's|.*/bonebalance_(.*)_amd64\.deb|\1|')
tarball=target/dist/bonebalance-$version-linux-x64.tar.gz
deb=target/dist/bonebalance_${version}_amd64.deb
[ -f "$tarball" ] || { echo "FAIL: $tarball is missing" >&2; exit 1; }

scratch=$(mktemp -d)
d=90; while [ -e /tmp/.X$d-lock ] || [ -e /tmp/.X11-unix/X$d ]; do d=$((d+1)); done
Xvfb :$d -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$scratch"' EXIT
for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$d ] && break; sleep 0.1; done

# PATH without any java: a folder that holds one (a JDK's bin, or /usr/bin with the system's java) is replaced
# by a copy of its links without the JDK's programs
clean_path=""
IFS=: read -r -a dirs <<< "$PATH"
n=0
for dir in "${dirs[@]}"; do
  [ -d "$dir" ] || continue
  if [ ! -e "$dir/java" ]; then clean_path="${clean_path:+$clean_path:}$dir"; continue; fi
  n=$((n + 1)); copy=$scratch/path$n; mkdir -p "$copy"
  for f in "$dir"/*; do
    case "$(readlink -f "$f")" in */jvm/*|*/java|*/javac) continue ;; esac
    ln -s "$f" "$copy/"
  done
  clean_path="${clean_path:+$clean_path:}$copy"
done
columns='age,e2_pg_ml,p4_ng_ml,t_ng_dl,obp_rel,oba_rel,oca_rel,rankl_rel,opg_rel,rankl_rank_rel,rankl_opg_ratio_rel,bv_tv_pct,bmd_rel,bmd_g_cm2,t_score,ctx_rel,p1np_rel,fracture_rr_vertebral'
fail() { echo "FAIL ($where): $*" >&2; exit 1; }

# runs the launcher as a user without Java would: no java on PATH, no JAVA_HOME, a home of its own
# (leading NAME=VALUE arguments are more variables)
user_run() {
  env -u JAVA_HOME -u JDK_JAVA_OPTIONS -u JAVA_TOOL_OPTIONS -u _JAVA_OPTIONS PATH="$clean_path" \
      HOME="$scratch/home" DISPLAY=:$d "$@"
}

check_window() { # launcher out-prefix
  local png=$2.png
  user_run "$1" --exit-after 3 --snapshot "$png" >"$2.out" 2>"$2.err" || fail "the window exited with $? ($(cat "$2.err"))"
  [ ! -s "$2.err" ] || fail "the window wrote to standard error: $(cat "$2.err")"
  [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "$png is not a PNG"
  local w h
  w=$(od -An -tu1 -j16 -N4 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
  h=$(od -An -tu1 -j20 -N4 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
  [ "$w" -ge 1000 ] && [ "$h" -ge 600 ] || fail "$png is ${w}x${h}, not the window"
  # an empty or one-colour window compresses to a few kB; the explorer's gauges and chart do not
  [ "$(stat -c %s "$png")" -gt 30000 ] || fail "$png is only $(stat -c %s "$png") bytes: is the window drawn?"
}

check_forecast() { # launcher out-prefix
  user_run "$1" forecast --fmp-age 50 --every-days 365 >"$2.csv" 2>"$2.err" || fail "forecast exited with $?"
  [ ! -s "$2.err" ] || fail "forecast wrote to standard error: $(cat "$2.err")"
  [ "$(sed -n 1p "$2.csv")" = "$columns" ] || fail "forecast's header is $(sed -n 1p "$2.csv")"
  local rows; rows=$(($(wc -l < "$2.csv") - 1))
  [ "$rows" -ge 30 ] || fail "forecast printed $rows rows"
  awk -F, 'NR > 1 && NF != 18 { bad = 1 } END { exit bad }' "$2.csv" || fail "a forecast row has not 18 columns"
}

check_handout() { # launcher out-prefix
  user_run "$1" handout --scenario "$PWD/assets/consultations/example-52.json" --out "$2.pdf" >/dev/null 2>"$2.err" \
    || fail "handout exited with $? ($(cat "$2.err"))"
  [ "$(head -c 5 "$2.pdf")" = "%PDF-" ] || fail "handout wrote no PDF"
}

check_cache_maps() { # launcher out-prefix
  user_run _JAVA_OPTIONS="-Xlog:class+load=info:file=$2.classes" "$1" forecast --every-days 3650 >/dev/null 2>&1 \
    || fail "forecast with class logging failed"
  local cached all
  cached=$(grep -c 'source: shared objects file' "$2.classes" || true)
  all=$(grep -c 'source:' "$2.classes" || true)
  [ "$cached" -gt $((all * 8 / 10)) ] || fail "only $cached of $all classes came from the class cache"
  echo "  class cache maps here: $cached of $all classes loaded from it"
}

check_app() { # app-folder label
  where=$2
  local bin=$1/bin/bonebalance
  [ -x "$bin" ] || fail "no launcher $bin"
  user_run sh -c 'command -v tar >/dev/null' || fail "the check's PATH lost the system's programs"
  ! user_run sh -c 'command -v java' >/dev/null || fail "a java is still on the check's PATH"
  check_window "$bin" "$scratch/$2-window"
  check_forecast "$bin" "$scratch/$2-forecast"
  check_handout "$bin" "$scratch/$2-handout"
  check_cache_maps "$bin" "$scratch/$2"
  echo "  $2: window, snapshot, forecast and handout fine without a JDK"
}

mkdir -p "$scratch/home" "$scratch/portable" "$scratch/root"
tar -C "$scratch/portable" -xzf "$tarball"
[ "$(ls "$scratch/portable")" = bonebalance ] || fail "the archive does not unpack to one folder bonebalance/"
check_app "$scratch/portable/bonebalance" portable

dpkg -x "$deb" "$scratch/root"
check_app "$scratch/root/opt/bonebalance" deb
grep -q '^MimeType=application/x-bonebalance-lesson;application/x-bonebalance-consultation' \
  "$scratch"/root/opt/bonebalance/lib/*.desktop || fail "the menu entry does not name the file types"
grep -q '^Exec=/opt/bonebalance/bin/bonebalance %f$' "$scratch"/root/opt/bonebalance/lib/*.desktop \
  || fail "the menu entry does not pass the double-clicked file to the launcher"

where="stale cache"
cache=$scratch/portable/bonebalance/lib/app/bonebalance.aot
head -c 4096 /dev/urandom > "$cache"
check_window "$scratch/portable/bonebalance/bin/bonebalance" "$scratch/stale"
where="no cache"
rm -f "$cache"
check_forecast "$scratch/portable/bonebalance/bin/bonebalance" "$scratch/nocache"
echo "  a broken or missing class cache: starts, says nothing"

echo "installers checked in $(($(date +%s) - start)) s: $(du -m "$deb" | cut -f1) MB .deb, $(du -m "$tarball" | cut -f1) MB archive"
