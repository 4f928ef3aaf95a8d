# Articles per second on the same articles and 2 cores, one run each:
#   (a) the Rust example `annotate --jsonl` (2 rayon threads),
#   (b) Python `byline.annotate_many(texts, threads=2)`,
#   (c) the Spark job in local[2] (examples/spark/run.sh), in one session:
#       the first job after the session started, the same job again (warm
#       JVM and Python workers, as a long-lived session or notebook has
#       them), again with every text empty (Spark's fixed cost alone: byline
#       has nothing to do) and on 5x the articles (the marginal rate).
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
head -n $((5 * n)) "$corpus" > "$tmp/in5.jsonl"
n5=$(wc -l < "$tmp/in5.jsonl")
# the same ids, every text ""
sed -E 's/"text": *"([^"\\]|\\.)*"/"text": ""/' "$tmp/in.jsonl" > "$tmp/empty.jsonl"
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
RAYON_NUM_THREADS=2 target/release/examples/annotate --jsonl "$tmp/in5.jsonl" > /dev/null
t2=$(now)
a=$(awk -v s="$t0" -v e="$t1" 'BEGIN { printf "%.2f", e - s }')
a5=$(awk -v s="$t1" -v e="$t2" 'BEGIN { printf "%.2f", e - s }')

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
REUSE=1 examples/spark/run.sh "$tmp/in.jsonl" "$tmp/out" --again "$tmp/in.jsonl" \
  --again "$tmp/empty.jsonl" --again "$tmp/in5.jsonl" > "$tmp/c.txt" 2> "$tmp/c.log"
t1=$(now)
c_total=$(awk -v s="$t0" -v e="$t1" 'BEGIN { printf "%.1f", e - s }')
run() { sed -n "s/^run $1: .* in \([0-9.]*\) s, .*/\1/p" "$tmp/c.txt"; }
c0=$(run 0); c1=$(run 1); c_empty=$(run 2); c5=$(run 3)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

a_quotes=$(grep -o '"content"' "$tmp/a.jsonl" | wc -l)
c_quotes=$(sed -n 's/^[0-9]* articles, [0-9]* sentences, \([0-9]*\) quotes.*/\1/p' "$tmp/c.txt")
# row TITLE ARTICLES SECONDS: articles/s and the share of (a)'s rate
a_rate=$(awk -v n="$n" -v t="$a" 'BEGIN { print n / t }')
row() {
  awk -v title="$1" -v n="$2" -v t="$3" -v ar="$a_rate" 'BEGIN {
    printf "| %-58s | %8.2f | %10.0f | %6.0f %% |\n", title, t, n / t, 100 * n / t / ar }'
}
d=$((n5 - n))
echo "$n articles ($mb MB), 2 cores; load average before $load_before, after $load_after"
echo "quotes found: (a) $a_quotes, (b) $b_quotes, (c) $c_quotes"
printf '| %-58s | %8s | %10s | %8s |\n' "run" "seconds" "articles/s" "of (a)"
printf '|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..60})" "----------" "------------" "----------"
row "(a) annotate --jsonl, whole process" "$n" "$a"
row "(a) marginal: $n5 vs $n articles" "$d" "$(awk -v x="$a5" -v y="$a" 'BEGIN { print x - y }')"
row "(b) Python annotate_many, whole process" "$n" "$b"
row "(b) the annotate_many call alone (setup $b_setup s)" "$n" "$b_batch"
row "(c) Spark: first job after the session started" "$n" "$c0"
row "(c) the same job again in the same session" "$n" "$c1"
row "(c) again, every text empty (Spark's fixed cost)" "$n" "$c_empty"
row "(c) marginal: $n5 vs $n articles, same session" "$d" "$(awk -v x="$c5" -v y="$c1" 'BEGIN { print x - y }')"
row "(c) spark-submit, whole (JVM, session, the four jobs)" "$((3 * n + n5))" "$c_total"
echo "(c) the jobs' phases (run 0: first, 1: again, 2: empty texts, 3: $n5 articles):"
sed -n 's/^phase /  /p' "$tmp/c.txt"
