#!/usr/bin/env bash
# The benchmark of README's Performance section. Builds spec trees of 1,000 and N (default 10,000) specs from copies
# of a real smaqit tree read at run time (../shared/corpus/local-image-generator/specs, never committed) plus the
# clean IT tree's infrastructure and coverage specs, then measures, alternating within each round:
#   bare    a bare commonmark parse of the same files (commonmark + GFM tables, block source spans, parallel stream,
#           fresh JVM; time inside the JVM from the walk to the last parse)
#   oft     OpenFastTrace's `java -jar openfasttrace.jar trace <tree>` (whole process)
#   console the whole `mvn <plugin>:check` process without a POM, console output only (wall time, engine time from
#           its summary line, peak RSS summed over Maven's JVM and the one the check forks)
#   inbuild the same with speclint.fork=false: the check in Maven's own JVM, for comparison
#   all     the same with every report format (console,sarif,json,junit,checkstyle,html)
#   cached  the console run again in a folder whose target/speclint/cache a first run filled: the unchanged re-run
# and then trees of 10,000 and 100,000 empty spec files (each one finding) to show time linear in what is found.
# Prints medians (with min and max) and the ratios of issue 9's table.
#
# Usage: bash bench/run.sh [specs=10000] [rounds=5] [empty-file rounds=2]
# BENCH_JVM_OPTS (default none: the JVM's defaults) is given to every measured JVM alike: the bare parse's and
# OpenFastTrace's `java`, and Maven's through MAVEN_OPTS; e.g. -XX:TieredStopAtLevel=1 for like-for-like ratios
# under the quick compiler alone.
# Needs Java 17+, Maven and /usr/bin/time. The plugin is built from this checkout and installed into a private local
# repository under target/bench (seeded from ~/.m2), so that other builds installing the plugin do not interfere.
set -euo pipefail
cd "$(dirname "$0")/.."
specs=${1:-10000}
rounds=${2:-5}
empty_rounds=${3:-2}
corpus=${BENCH_CORPUS:-../shared/corpus/local-image-generator/specs}
read -r -a jvm_opts <<< "${BENCH_JVM_OPTS:-}"
fill=src/it/clean-tree/docs
bench=$PWD/target/bench
repo=$bench/m2
oft_version=4.2.0
formats_all=console,sarif,json,junit,checkstyle,html

if [ ! -d "$corpus" ]; then
  echo "bench: no real spec tree at $corpus (set BENCH_CORPUS)" >&2
  exit 2
fi
mkdir -p "$bench"

echo "== machine"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB RAM"
java -version 2>&1 | sed -n 1p
mvn -v 2>/dev/null | sed -n 1p | sed 's/\x1b\[[0-9;]*m//g'
echo "JVM options of the measured runs: ${BENCH_JVM_OPTS:-none, the defaults}"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== build and install the plugin into $repo"
if [ ! -d "$repo" ] && [ -d "$HOME/.m2/repository" ]; then
  cp -r "$HOME/.m2/repository" "$repo"
  rm -rf "$repo/io/github/speclint"
fi
mvn -B -ntp -q -Dmaven.repo.local="$repo" install -DskipTests -Dinvoker.skip
version=$(grep -m1 -o '<version>[^<]*</version>' pom.xml | sed 's/<[^>]*>//g')  # the project's own, first in the POM
mvn -B -ntp -q -o -Dmaven.repo.local="$repo" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile="$bench/classpath.txt" >/dev/null
classpath="$PWD/target/classes:$(cat "$bench/classpath.txt")"
mkdir -p "$bench/classes"
javac -d "$bench/classes" -cp "$classpath" bench/BareParse.java bench/Bench.java bench/GenerateTree.java bench/ThreadCpu.java

echo "== OpenFastTrace $oft_version"
oft="$bench/tools/openfasttrace-$oft_version.jar"
if [ ! -f "$oft" ]; then
  mvn -B -ntp -q -Dmaven.repo.local="$repo" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get \
    -Dartifact="org.itsallcode.openfasttrace:openfasttrace:$oft_version" -Dtransitive=false
  mvn -B -ntp -q -o -Dmaven.repo.local="$repo" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="org.itsallcode.openfasttrace:openfasttrace:$oft_version" -DoutputDirectory="$bench/tools"
fi
ls -l "$oft" | awk '{print $5 " bytes " $NF}'

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# add_tree_rss <pid>: adds the resident KiB of the process and all its descendants to tree_kib, with shell builtins
# only (reading /proc), so that sampling forks nothing beside the measured run
tree_kib=0
add_tree_rss() {
  local pid=$1 pages kid children
  local -a kids
  if read -r _ pages _ < "/proc/$pid/statm" 2>/dev/null; then
    tree_kib=$((tree_kib + pages * 4))
  fi
  for children in /proc/"$pid"/task/*/children; do
    read -r -a kids < "$children" 2>/dev/null || true
    for kid in "${kids[@]}"; do
      add_tree_rss "$kid"
    done
  done
}
# a pipe nobody writes to: reading it with a timeout sleeps without starting a process
exec {pause}<> <(:)

# time_run <label> <file of results> <command...>: appends "label wall_s rss_kib engine_ms" to the results, the RSS
# being the peak of the sum over the run's processes (sampled every 0.2 s); runs in a fresh folder (no cache from an earlier run), or in RUN_DIR when set (kept between runs)
time_run() {
  local label=$1 results=$2 dir=${RUN_DIR:-$work/run}
  shift 2
  if [ -z "${RUN_DIR:-}" ]; then
    rm -rf "$dir" && mkdir -p "$dir"
  fi
  # the RSS of every process of the run (Maven's JVM and the one a check forks) is summed; /usr/bin/time alone gives
  # the largest single process
  ( cd "$dir" && exec /usr/bin/time -o "$work/time.txt" -f "%e %M" "$@" > "$work/log.txt" 2>&1 ) &
  local root=$! peak=0
  while kill -0 "$root" 2>/dev/null; do
    tree_kib=0
    add_tree_rss "$root"
    if [ "$tree_kib" -gt "$peak" ]; then peak=$tree_kib; fi
    read -r -t 0.2 -u "$pause" || true
  done
  wait "$root" || true
  local wall rss largest engine
  read -r wall largest < <(tail -1 "$work/time.txt")
  rss=$((peak > largest ? peak : largest))
  engine=$(sed 's/\x1b\[[0-9;]*m//g' "$work/log.txt" | grep -o 'in [0-9]* ms$' | grep -o '[0-9]*' | tail -1 || true)
  if [ "$label" = bare ]; then
    engine=$(grep -o 'in [0-9]* ms' "$work/log.txt" | grep -o '[0-9]*' || true)
  fi
  echo "$label $wall $rss ${engine:--}" >> "$results"
  printf '  %-8s %7.2f s wall %6d MiB peak RSS  %s\n' "$label" "$wall" $((rss / 1024)) \
    "$(sed 's/\x1b\[[0-9;]*m//g' "$work/log.txt" | grep -o 'speclint: [0-9]* specs.*\|bare parse: .*\|ok - .*\|not ok - .*' | tail -1 || true)"
  if [ "$label" = cached ]; then
    grep -o 'speclint: [0-9,]* of [0-9,]* files unchanged since the last run' "$work/log.txt" | sed 's/^/           /' || true
  fi
}

check=(env MAVEN_OPTS="${BENCH_JVM_OPTS:-}" mvn -B -o -Dmaven.repo.local="$repo"
  "io.github.speclint:speclint-maven-plugin:$version:check" -Dspeclint.failOn=never)

# column <results> <label> <field: 2 wall, 3 rss, 4 engine>: "median min max n"
column() {
  awk -v l="$2" -v f="$3" '$1 == l && $f != "-" { print $f }' "$1" | sort -g | awk '
    { v[NR] = $1 } END { if (NR == 0) { print "- - - 0"; exit }
      m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m, v[1], v[NR], NR }'
}

report() {
  local results=$1
  read -r bare bare_min bare_max n < <(column "$results" bare 4)
  read -r bare_wall _ _ _ < <(column "$results" bare 2)
  read -r oft oft_min oft_max _ < <(column "$results" oft 2)
  read -r con con_min con_max _ < <(column "$results" console 2)
  read -r eng eng_min eng_max _ < <(column "$results" console 4)
  read -r inb inb_min inb_max _ < <(column "$results" inbuild 2)
  read -r inbe inbe_min inbe_max _ < <(column "$results" inbuild 4)
  read -r rss_i _ rss_i_max _ < <(column "$results" inbuild 3)
  read -r all all_min all_max _ < <(column "$results" all 2)
  read -r alle alle_min alle_max _ < <(column "$results" all 4)
  read -r rss_c _ rss_c_max _ < <(column "$results" console 3)
  read -r rss_a _ rss_a_max _ < <(column "$results" all 3)
  read -r cac cac_min cac_max _ < <(column "$results" cached 2)
  read -r cace cace_min cace_max _ < <(column "$results" cached 4)
  echo "medians over $n rounds (min-max):"
  printf '  bare commonmark parse   %8.2f s  (%.2f-%.2f; whole JVM %.2f s)\n' "$(echo "$bare / 1000" | bc -l)" \
    "$(echo "$bare_min / 1000" | bc -l)" "$(echo "$bare_max / 1000" | bc -l)" "$bare_wall"
  printf '  OpenFastTrace trace     %8.2f s  (%.2f-%.2f)\n' "$oft" "$oft_min" "$oft_max"
  printf '  check, console          %8.2f s  (%.2f-%.2f), engine %.2f s (%.2f-%.2f), peak RSS %d MiB (max %d)\n' \
    "$con" "$con_min" "$con_max" "$(echo "$eng / 1000" | bc -l)" "$(echo "$eng_min / 1000" | bc -l)" \
    "$(echo "$eng_max / 1000" | bc -l)" "$(echo "$rss_c / 1024" | bc)" "$(echo "$rss_c_max / 1024" | bc)"
  printf '  check, in the build JVM %8.2f s  (%.2f-%.2f), engine %.2f s (%.2f-%.2f), peak RSS %d MiB (max %d)\n' \
    "$inb" "$inb_min" "$inb_max" "$(echo "$inbe / 1000" | bc -l)" "$(echo "$inbe_min / 1000" | bc -l)" \
    "$(echo "$inbe_max / 1000" | bc -l)" "$(echo "$rss_i / 1024" | bc)" "$(echo "$rss_i_max / 1024" | bc)"
  printf '  check, every format     %8.2f s  (%.2f-%.2f), engine %.2f s (%.2f-%.2f), peak RSS %d MiB (max %d)\n' \
    "$all" "$all_min" "$all_max" "$(echo "$alle / 1000" | bc -l)" "$(echo "$alle_min / 1000" | bc -l)" \
    "$(echo "$alle_max / 1000" | bc -l)" "$(echo "$rss_a / 1024" | bc)" "$(echo "$rss_a_max / 1024" | bc)"
  printf '  check, unchanged re-run  %8.2f s  (%.2f-%.2f), engine %.2f s (%.2f-%.2f), all from the cache\n' \
    "$cac" "$cac_min" "$cac_max" "$(echo "$cace / 1000" | bc -l)" "$(echo "$cace_min / 1000" | bc -l)" \
    "$(echo "$cace_max / 1000" | bc -l)"
  echo "ratios (issue 9's targets):"
  printf '  engine / bare parse            %5.2fx   (target <= 1.5x)\n' "$(echo "$eng / $bare" | bc -l)"
  printf '  whole check / OpenFastTrace    %5.2fx   (target <= 1.0x)\n' "$(echo "$con / $oft" | bc -l)"
  local rss_max=$((rss_c_max > rss_a_max ? rss_c_max : rss_a_max))
  rss_max=$((rss_i_max > rss_max ? rss_i_max : rss_max))
  printf '  peak RSS, largest of all runs  %5d MiB (target <= 1024 MiB)\n' $((rss_max / 1024))
  printf '  the same in the build JVM      %5.2fx, %.2fx (speclint.fork=false, for comparison)\n' \
    "$(echo "$inbe / $bare" | bc -l)" "$(echo "$inb / $oft" | bc -l)"
  printf '  every format adds              %5.1f%%   (target <= 30%%)\n' "$(echo "($all / $con - 1) * 100" | bc -l)"
  printf '  unchanged re-run / full run    %5.1f%%   (target <= 25%%; engine alone %.1f%%)\n' \
    "$(echo "$cac / $con * 100" | bc -l)" "$(echo "$cace / $eng * 100" | bc -l)"
}

for size in ${BENCH_SIZES:-1000 $specs}; do
  tree=$bench/tree-$size
  echo "== tree of $size specs"
  java -cp "$bench/classes" GenerateTree "$corpus" "$fill" "$tree" "$size"
  results=$bench/results-$size.txt
  : > "$results"
  rm -rf "$work/cached" && mkdir -p "$work/cached"
  ( cd "$work/cached" && "${check[@]}" -Dspeclint.directory="$tree" -Dspeclint.formats=console > /dev/null 2>&1 ) || true
  for round in $(seq "$rounds"); do
    echo " round $round (load $(cut -d' ' -f1 /proc/loadavg))"
    time_run bare "$results" java "${jvm_opts[@]}" -cp "$bench/classes:$classpath" BareParse "$tree"
    time_run oft "$results" java "${jvm_opts[@]}" -jar "$oft" trace "$tree"
    time_run console "$results" "${check[@]}" -Dspeclint.directory="$tree" -Dspeclint.formats=console
    time_run inbuild "$results" "${check[@]}" -Dspeclint.directory="$tree" -Dspeclint.formats=console \
      -Dspeclint.fork=false
    time_run all "$results" "${check[@]}" -Dspeclint.directory="$tree" -Dspeclint.formats="$formats_all"
    RUN_DIR=$work/cached time_run cached "$results" "${check[@]}" -Dspeclint.directory="$tree" \
      -Dspeclint.formats=console
  done
  report "$results"
done

if [ "$empty_rounds" -gt 0 ]; then
  echo "== empty files (each is one finding): time should grow linearly with what is found"
  results=$bench/results-empty.txt
  : > "$results"
  small=${BENCH_EMPTY_SMALL:-10000}
  large=${BENCH_EMPTY_LARGE:-100000}
  for size in "$small" "$large"; do
    tree=$bench/empty-$size
    rm -rf "$tree" && mkdir -p "$tree/business"
    ( cd "$tree/business" && seq -f 'empty-%06g.md' 1 "$size" | xargs touch )
  done
  for round in $(seq "$empty_rounds"); do
    for size in "$small" "$large"; do
      time_run "console-$size" "$results" "${check[@]}" -Dspeclint.directory="$bench/empty-$size" \
        -Dspeclint.formats=console
      time_run "all-$size" "$results" "${check[@]}" -Dspeclint.directory="$bench/empty-$size" \
        -Dspeclint.formats="$formats_all"
    done
  done
  echo "medians over $empty_rounds rounds:"
  for kind in console all; do
    read -r small_w _ _ _ < <(column "$results" "$kind-$small" 2)
    read -r large_w _ _ _ < <(column "$results" "$kind-$large" 2)
    read -r small_e _ _ _ < <(column "$results" "$kind-$small" 4)
    read -r large_e _ _ _ < <(column "$results" "$kind-$large" 4)
    printf '  %-8s %6d files %6.2f s (engine %.2f s), %6d files %6.2f s (engine %.2f s): %.1fx the time (engine %.1fx) for %.0fx the findings\n' \
      "$kind" "$small" "$small_w" "$(echo "$small_e / 1000" | bc -l)" "$large" "$large_w" \
      "$(echo "$large_e / 1000" | bc -l)" "$(echo "$large_w / $small_w" | bc -l)" \
      "$(echo "$large_e / $small_e" | bc -l)" "$(echo "$large / $small" | bc -l)"
  done
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
