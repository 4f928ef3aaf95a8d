#!/usr/bin/env bash
# Articles per second on the same articles and 2 cores, one run each:
#   (a) the Rust example `annotate --jsonl` (2 rayon threads),
#   (b) Python `byline.annotate_many(texts, threads=2)`,
#   (c) the Spark job in local[2] (examples/spark/run.sh).
# A bench, not a test: it prints a table and the machine's load.
#
#   examples/spark/bench.sh [CORPUS.jsonl] [N]   (default ../shared/corpus/news-all.jsonl, 2000)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
corpus=${1:-../shared/corpus/news-all.jsonl}
n=${2:-2000}
work=${WORK:-$root/target/spark}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
head -n "$n" "$corpus" > "$tmp/in.jsonl"
mb=$(awk -v b="$(stat -c %s "$tmp/in.jsonl")" 'BEGIN { printf "%.1f", b / 1e6 }')

cargo build --release --quiet --example annotate
# builds the wheel and both environments (and runs the job once, untimed, as a warm-up of the disk cache)
examples/spark/run.sh "$tmp/in.jsonl" "$tmp/warm" > /dev/null 2> "$tmp/warm.log" || { tail -n 30 "$tmp/warm.log"; exit 1; }
py="$work/executor/bin/python"

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
now() { date +%s.%N; }

t0=$(now)
RAYON_NUM_THREADS=2 target/release/examples/annotate --jsonl "$tmp/in.jsonl" > "$tmp/a.jsonl"
t1=$(now)
a=$(awk -v s="$t0" -v e="$t1" 'BEGIN { printf "%.2f", e - s }')

b_out=$("$py" - "$tmp/in.jsonl" <<'PY'
import json, sys, time
t0 = time.perf_counter()
import byline
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
byline.default_annotator()
t1 = time.perf_counter()
docs = byline.annotate_many(texts, threads=2)
t2 = time.perf_counter()
quotes = sum(len(d.quotes) for d in docs)
print(f"{time.perf_counter() - t0:.2f} {t2 - t1:.2f} {t1 - t0:.2f} {quotes}")
PY
)
read -r b b_batch b_setup b_quotes <<<"$b_out"

t0=$(now)
REUSE=1 examples/spark/run.sh "$tmp/in.jsonl" "$tmp/out" > "$tmp/c.txt" 2> "$tmp/c.log"
t1=$(now)
c_total=$(awk -v s="$t0" -v e="$t1" 'BEGIN { printf "%.1f", e - s }')
c_job=$(sed -n 's/^job after the session started: \([0-9.]*\) s.*/\1/p' "$tmp/c.txt")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

a_quotes=$(grep -o '"content"' "$tmp/a.jsonl" | wc -l)
rate() { awk -v n="$n" -v t="$1" 'BEGIN { printf "%.0f", n / t }'; }
pct() { awk -v x="$1" -v a="$a" 'BEGIN { printf "%.0f %%", 100 * a / x }'; }
echo "$n articles ($mb MB), 2 cores; load average before $load_before, after $load_after"
echo "quotes found: (a) $a_quotes, (b) $b_quotes"
printf '| %-52s | %8s | %10s | %7s |\n' "run" "seconds" "articles/s" "of (a)"
printf '|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..54})" "----------" "------------" "---------"
printf '| %-52s | %8s | %10s | %7s |\n' "(a) annotate --jsonl, whole process" "$a" "$(rate "$a")" "100 %"
printf '| %-52s | %8s | %10s | %7s |\n' "(b) Python annotate_many, whole process" "$b" "$(rate "$b")" "$(pct "$b")"
printf '| %-52s | %8s | %10s | %7s |\n' "(b) the annotate_many call alone (setup $b_setup s)" "$b_batch" "$(rate "$b_batch")" "$(pct "$b_batch")"
printf '| %-52s | %8s | %10s | %7s |\n' "(c) Spark job after the session started" "$c_job" "$(rate "$c_job")" "$(pct "$c_job")"
printf '| %-52s | %8s | %10s | %7s |\n' "(c) spark-submit, whole (JVM, session, job)" "$c_total" "$(rate "$c_total")" "$(pct "$c_total")"
echo "(c) the job's phases:"
sed -n 's/^phase /  /p' "$tmp/c.txt"
