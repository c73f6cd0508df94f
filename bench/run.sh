#!/usr/bin/env bash
# Benchmark: generate a tree of N specs, time the engine in one JVM (median of runs), then time whole
# `mvn speclint:check` processes without a POM (median wall time and peak RSS). Needs the plugin installed:
#   mvn -B -ntp install -DskipTests -Dinvoker.skip
set -euo pipefail
cd "$(dirname "$0")/.."
specs=${1:-10000}
runs=${2:-5}
tree=target/bench-tree
version=$(mvn -B -q help:evaluate -Dexpression=project.version -DforceStdout | sed 's/\x1b\[[0-9;]*m//g')

java bench/GenerateTree.java src/it/clean-tree/docs "$tree" "$specs"
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
echo "engine in a warm JVM (3 warm-ups, then $runs runs):"
java -Xmx${BENCH_XMX:-2g} -cp "target/classes:$(cat target/bench-classpath.txt)" bench/Bench.java "$tree" 3 "$runs"
echo "engine in a fresh JVM each time ($runs runs):"
for i in $(seq "$runs"); do
  java -Xmx${BENCH_XMX:-2g} -cp "target/classes:$(cat target/bench-classpath.txt)" bench/Bench.java "$tree" 0 1 | grep '^run'
done

echo "whole process: mvn io.github.speclint:speclint-maven-plugin:$version:check on $tree, $runs runs"
work=$(mktemp -d)
: > target/bench-process.txt
for i in $(seq "$runs"); do
  ( cd "$work" && /usr/bin/time -o "$work/time.txt" -f "%e %M" \
      mvn -B -o "io.github.speclint:speclint-maven-plugin:$version:check" \
      -Dspeclint.directory="$OLDPWD/$tree" -Dspeclint.formats= -Dspeclint.failOn=never > "$work/log.txt" 2>&1 )
  summary=$(sed 's/\x1b\[[0-9;]*m//g' "$work/log.txt" | grep -o 'speclint: [0-9]* specs.*')
  read -r wall rss < "$work/time.txt"
  echo "$wall s wall, $((rss / 1024)) MiB peak RSS; $summary" | tee -a target/bench-process.txt
done
sort -n target/bench-process.txt | awk '{ a[NR] = $1 } END { print "whole-process median " a[int((NR + 1) / 2)] " s wall" }'
rm -rf "$work"
