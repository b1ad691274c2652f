#!/usr/bin/env bash
# vpcplan against the plain programs a user would otherwise run (../shared/bench), whole process,
# pair by pair in one run: each repetition runs vpcplan and its peer back to back, alternating
# which goes first, so machine load hits both alike. Prints medians, peak RSS and ratios.
#
# Usage: scripts/bench-peers.sh [-r REPS] [-s "1000 9000 30000 100000"] [-o validate,server,plan,render,start]
#   validate runs each size in a fresh JVM (VPCPLAN_SERVER=off) and, with "server", again through
#   the resident server (after one untimed warm-up run per size; CPU includes the server's, also
#   its collection after the run, which the script waits for before the peer's next run).
#   estates and the plan design are generated once and cached under $VPCPLAN_BENCH_DIR
#   (default /tmp/vpcplan-bench), outside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
peers=${VPCPLAN_PEERS:-$repo/../shared/bench}
reps=5; sizes="1000 9000 30000 100000"; only="validate,server,plan,render,start"
while getopts "r:s:o:" o; do
  case $o in r) reps=$OPTARG ;; s) sizes=$OPTARG ;; o) only=$OPTARG ;; *) exit 2 ;; esac
done
cache=${VPCPLAN_BENCH_DIR:-/tmp/vpcplan-bench}
work=$(mktemp -d); trap 'if [ -n "${spid:-}" ]; then kill "$spid" 2>/dev/null; fi; rm -rf "$work"' EXIT
mkdir -p "$cache"
# the real interpreter, not a version-manager shim (a shim adds its own start-up to the peer)
py=$(python3 -c 'import sys; print(sys.executable)')
want() { [[ ",$only," == *",$1,"* ]]; }

# run LABEL CMD...: one timed run; appends "wall-seconds maxKB cpu-seconds" to $work/LABEL
run() {
  local label=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/t" "$@" >"$work/out" 2>"$work/err" || {
    local rc=$?; if [ "$rc" -gt 1 ]; then echo "FAILED ($rc): $*" >&2; cat "$work/err" >&2; exit 1; fi; }
  tail -1 "$work/t" | awk '{print $1, $2, $3 + $4}' >>"$work/$label"
}
# median of column N of file
median() { awk -v c="$2" '{print $c}' "$work/$1" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
row() { # row NAME LABEL [PEER_LABEL] [TARGET]: medians of wall, CPU (user + sys) and max RSS
  local m mk mc; m=$(median "$2" 1); mk=$(median "$2" 2); mc=$(median "$2" 3)
  if [ -n "${3:-}" ]; then
    local p pk pc; p=$(median "$3" 1); pk=$(median "$3" 2); pc=$(median "$3" 3)
    printf "| %-30s | %6.2f s | %6.2f s | %5d MB | %6.2f s | %6.2f s | %5d MB | **%5.2f×** | %s |\n" "$1" "$m" "$mc" \
      $((mk / 1024)) "$p" "$pc" $((pk / 1024)) "$(awk -v a="$m" -v b="$p" 'BEGIN {printf "%.2f", (a > 0 ? b / a : 0)}')" "${4:-}"
  else
    printf "| %-30s | %6.2f s | %6.2f s | %5d MB | | | | | %s |\n" "$1" "$m" "$mc" $((mk / 1024)) "${4:-}"
  fi
}

# served CMD...: a validate run answered by the resident server (cli/server), appended to $work/sN as
# "wall serverPeakKB cpu" where cpu adds the server's user + sys time during the run to the launcher's.
# The first call starts the server (a run in a fresh JVM, not recorded) and waits for it.
export XDG_RUNTIME_DIR="$work/run"; mkdir -p "$XDG_RUNTIME_DIR"; spid=""
served() {
  local n; n=$(basename "$2"); n=${n#estate-}
  if [ -z "$spid" ]; then
    env -u CI ./vpcplan "$@" >/dev/null 2>&1 || true
    for _ in $(seq 300); do
      spid=$(cat "$XDG_RUNTIME_DIR"/vpcplan/servers/* 2>/dev/null | awk '{print $3}') && [ -n "$spid" ] && break
      sleep 0.1
    done
    env -u CI ./vpcplan "$@" >/dev/null 2>&1 || true # the server's first run: its JIT starts cold
  fi
  local t0 t1; t0=$(awk '{print $14 + $15}' "/proc/$spid/stat")
  /usr/bin/time -f "%e %M %U %S" -o "$work/t" env -u CI ./vpcplan "$@" >"$work/out" 2>"$work/err" || {
    local rc=$?; if [ "$rc" -gt 1 ]; then echo "FAILED ($rc): $*" >&2; cat "$work/err" >&2; exit 1; fi; }
  # the server collects its garbage right after answering (a 100,000-VPC run: a few hundred ms on both
  # cores): wait until it is idle, so that it neither slows the peer's next run nor goes uncounted
  local a b=-1 i=0
  a=$(awk '{print $14 + $15}' "/proc/$spid/stat")
  while [ "$a" != "$b" ] && [ $i -lt 100 ]; do
    b=$a; sleep 0.05; a=$(awk '{print $14 + $15}' "/proc/$spid/stat"); i=$((i + 1))
  done
  t1=$a
  # max RSS: the server's peak so far (VmHWM), not the launcher's few MB
  tail -1 "$work/t" | awk -v d=$((t1 - t0)) -v hz="$(getconf CLK_TCK)" -v rss="$(awk '/VmHWM/ {print $2}' "/proc/$spid/status")" \
    '{print $1, rss, $3 + $4 + d / hz}' >>"$work/s$n"
}

./vpcplan --version >/dev/null # builds the jar (and the class-data-sharing archive) when needed
echo "# bench-peers $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load:$(uptime | sed 's/.*load average://'), $reps repetitions"
echo "# java: $(java -version 2>&1 | head -1); peer python: $py ($($py --version 2>&1))"
echo
echo "| command | vpcplan wall | CPU | max RSS | peer wall | CPU | max RSS | peer/vpcplan (wall) | target |"
echo "|---|---|---|---|---|---|---|---|---|"

if want validate; then
  for n in $sizes; do
    est="$cache/estate-$n"
    if [ ! -f "$est/.done" ]; then
      rm -rf "$est"
      "$py" "$peers/gen_inventory.py" "$est" --accounts $(((n + 29) / 30)) --regions 3 --vpcs 10 --subnets 6 \
        --reuse 0.003 --seed 12 >"$est.txt"
      touch "$est/.done"
    fi
    target=">= 1×"; [ "$n" = 9000 ] && target=">= 2×"; [ "$n" = 100000 ] && target=">= 3×, < 1 GB heap"
    for i in $(seq "$reps"); do
      if ((i % 2)); then
        VPCPLAN_SERVER=off run "v$n" ./vpcplan validate "$est" --format json -o "$work/f.json"
        run "p$n" "$py" "$peers/peer_overlap.py" "$est" --algo sweep
      else
        run "p$n" "$py" "$peers/peer_overlap.py" "$est" --algo sweep
        VPCPLAN_SERVER=off run "v$n" ./vpcplan validate "$est" --format json -o "$work/f.json"
      fi
    done
    row "validate $(cut -d' ' -f1 "$est.txt") VPCs, fresh JVM" "v$n" "p$n" "$target"
    if want server; then
      served validate "$est" --format json -o "$work/f.json" >/dev/null # warm-up, not timed
      for i in $(seq "$reps"); do
        if ((i % 2)); then
          served validate "$est" --format json -o "$work/f.json"; run "q$n" "$py" "$peers/peer_overlap.py" "$est" --algo sweep
        else
          run "q$n" "$py" "$peers/peer_overlap.py" "$est" --algo sweep; served validate "$est" --format json -o "$work/f.json"
        fi
      done
      row "validate $(cut -d' ' -f1 "$est.txt") VPCs, resident server" "s$n" "q$n" "$target"
    fi
  done
  if want server && [ -n "${spid:-}" ]; then
    kill "$spid" 2>/dev/null || true; spid=""
  fi
fi

if want plan; then
  design="$cache/plan-10000.yaml"
  if [ ! -f "$design" ]; then
    mvn -q -B -ntp -o -Dstyle.color=never -DskipTests test-compile dependency:build-classpath \
      -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test >/dev/null 2>&1
    java -cp "target/test-classes:target/classes:$(cat target/test-cp.txt)" io.vpcplan.bench.DesignGenerator 10000 "$design"
  fi
  if ! /usr/bin/python3 -c 'import netaddr' 2>/dev/null; then
    echo "# installing Debian's python3-netaddr for peer_alloc.py" >&2
    apt-get install -y python3-netaddr >/dev/null 2>&1 || sudo apt-get install -y python3-netaddr >/dev/null
  fi
  cp "$design" "$work/plan.yaml"
  for i in $(seq "$reps"); do
    rm -f "$work/plan.lock.json" # plan from scratch every time
    palloc=(/usr/bin/python3 "$peers/peer_alloc.py" --vpcs 10000 --regions 3 --vpc-len 23 --azs 3 --tiers 3)
    if ((i % 2)); then run plan ./vpcplan plan "$work/plan.yaml" -q; run alloc "${palloc[@]}"
    else run alloc "${palloc[@]}"; run plan ./vpcplan plan "$work/plan.yaml" -q; fi
  done
  row "plan 10,000 VPCs × 12 subnets" plan alloc ">= 3×"
fi

if want render; then
  for i in $(seq "$reps"); do
    run diagram ./vpcplan diagram designs/enterprise.yaml -o "$work/x.svg"
    run report ./vpcplan report designs/enterprise.yaml -o "$work/x.html"
  done
  row "diagram enterprise.yaml (SVG)" diagram "" "< 2.5 s"
  row "report enterprise.yaml" report "" "< 4 s"
fi

if want start; then
  for i in $(seq "$reps"); do
    run version ./vpcplan --version
    run help ./vpcplan --help
    run bare java -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -version
  done
  row "--version" version "" "< 0.3 s"
  row "--help" help "" "< 0.3 s"
  row "(a bare 'java -version')" bare "" ""
fi
echo
echo "# load after: $(uptime | sed 's/.*load average://')"
