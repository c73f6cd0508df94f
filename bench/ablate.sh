#!/usr/bin/env bash
# Where a cold engine run's time goes, by leaving parts out (bench/Ablation.java): each round runs, in fresh JVMs and
# alternating, the bare commonmark parse (bench/BareParse.java) and the engine's stages, each a prefix of the next:
#   read               walk, read and decode every file
#   markdown           + commonmark as the engine configures it (its own inline shortcuts), on each body
#   parse              the whole per-file parse instead: front matter, limits, Markdown, outline, tables, criteria,
#                      links, placeholders
#   no-rules           the engine with every rule off: parse, per-file facts, packing, the index, the phases after
#   no-document-rules  the engine with the per-document rules off (the cross-document, design, suppression and path
#                      rules on)
#   engine             the engine as it is
# Prints each stage's median (min-max) and its ratio to the bare parse's median. Profiles of a cold run cannot say
# this: the JIT compiles from start to end, and a part left out also leaves its compilation out.
#
# Usage: bash bench/ablate.sh [tree=target/bench/tree-10000] [rounds=5]
# The tree is the one bench/run.sh builds; run that first. Needs Java 17+ and Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
tree=${1:-target/bench/tree-10000}
rounds=${2:-5}
bench=$PWD/target/bench
if [ ! -d "$tree" ] || [ ! -d "$bench/m2" ]; then
  echo "ablate: no tree at $tree or no $bench/m2; bench/run.sh builds both" >&2
  exit 2
fi
# offline, from the private local repository bench/run.sh filled; its classpath file is left as it is
mvn -B -ntp -q -o -Dmaven.repo.local="$bench/m2" compile
mvn -B -ntp -q -o -Dmaven.repo.local="$bench/m2" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile="$bench/ablation-classpath.txt" >/dev/null
classpath="$PWD/target/classes:$(cat "$bench/ablation-classpath.txt")"
mkdir -p "$bench/ablation"
javac -d "$bench/ablation" -cp "$classpath" bench/Ablation.java bench/BareParse.java bench/ThreadCpu.java
stages=(read markdown parse no-rules no-document-rules engine)
results=$bench/ablation.txt
: > "$results"
echo "$(nproc) cores, $(java -version 2>&1 | sed -n 1p), tree $tree, $rounds rounds, load $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq "$rounds"); do
  java -cp "$bench/ablation:$classpath" BareParse "$tree" | grep -o 'in [0-9]* ms' | awk '{ print "bare", $2 }' \
    >> "$results"
  for stage in "${stages[@]}"; do
    java -cp "$bench/ablation:$classpath" io.github.speclint.parse.Ablation "$tree" "$stage" | awk '{ print $1, $2 }' \
      >> "$results"
  done
  echo "round $round: $(awk -v n=$((${#stages[@]} + 1)) '{ line[NR] = $0 } END { for (i = NR - n + 1; i <= NR; i++) printf "%s ms  ", line[i] }' "$results")"
done
median() {
  awk -v s="$1" '$1 == s { print $2 }' "$results" | sort -n | awk '{ v[NR] = $1 } END {
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m, v[1], v[NR] }'
}
read -r bare _ _ < <(median bare)
echo "medians over $rounds rounds (min-max), and the ratio to the bare parse:"
for stage in bare "${stages[@]}"; do
  read -r m lo hi < <(median "$stage")
  awk -v s="$stage" -v m="$m" -v lo="$lo" -v hi="$hi" -v b="$bare" \
    'BEGIN { printf "  %-18s %6.2f s  (%.2f-%.2f)  %.2fx\n", s, m / 1000, lo / 1000, hi / 1000, m / b }'
done
