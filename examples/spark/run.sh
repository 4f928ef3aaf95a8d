#!/usr/bin/env bash
# Builds the byline wheel, packs it with its runtime need (pyarrow)
# into a relocatable virtualenv archive (venv-pack) and runs the Spark job
# with spark-submit, shipping the archive to the executors with --archives:
# Spark's documented way to ship Python packages with native code. The same
# command runs on a cluster with another --master (YARN, Kubernetes,
# standalone); for YARN/Kubernetes cluster mode leave PYSPARK_DRIVER_PYTHON unset.
#
#   examples/spark/run.sh INPUT.jsonl|INPUT.parquet OUT [job options, e.g. --limit 2000]
#
# Environment: MASTER (default local[2]), WORK (build folder, default
# target/spark), PYTHON (default python3), PIP_ARGS (extra pip options),
# REUSE=1 (keep the wheel and archive of an earlier run).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
[ $# -ge 2 ] || { sed -n 2,14p "$0" >&2; exit 2; }
# local paths made absolute; URLs (hdfs://, s3a://) passed as they are
abs() { case "$1" in *://*) echo "$1" ;; *) realpath -m "$1" ;; esac; }
input=$(abs "$1"); out=$(abs "$2"); shift 2
work=${WORK:-$root/target/spark}
python=${PYTHON:-python3}
master=${MASTER:-local[2]}
mkdir -p "$work"

# The driver's environment: pyspark, pyarrow, pandas, maturin, venv-pack.
if [ ! -x "$work/driver/bin/spark-submit" ]; then
  "$python" -m venv "$work/driver"
  "$work/driver/bin/pip" install ${PIP_ARGS:-} -q pyspark pyarrow "pandas>=2.2,<3" maturin venv-pack
fi

# The wheel, and the executors' environment: byline and pyarrow, no pandas
# (mapInArrow hands the function Arrow batches; pandas and numpy would
# double the archive every executor unpacks). REUSE=1 keeps an archive
# built before.
if [ "${REUSE:-0}" != 1 ] || [ ! -f "$work/byline_env.tar.gz" ]; then
rm -rf "$work/wheels"
"$work/driver/bin/maturin" build --release -m "$root/bindings/python/Cargo.toml" --out "$work/wheels"
rm -rf "$work/executor"
"$python" -m venv --copies "$work/executor"
"$work/executor/bin/pip" install ${PIP_ARGS:-} -q "$work"/wheels/byline-*.whl pyarrow
rm -f "$work/byline_env.tar.gz"
"$work/driver/bin/venv-pack" -q -p "$work/executor" -o "$work/byline_env.tar.gz"
fi

# The driver needs no byline: the job imports it inside the function that
# runs on the executors, from the shipped archive.
export PYSPARK_DRIVER_PYTHON="$work/driver/bin/python"
case "$master" in
  # Executors of a local master are threads of the driver's JVM and start
  # their Python workers in the driver's folder, not where the archive is
  # unpacked: point them at the environment the archive was packed from.
  local*) export PYSPARK_PYTHON="$work/executor/bin/python" ;;
  # Everywhere else each executor unpacks the archive in its working folder.
  *) export PYSPARK_PYTHON=./environment/bin/python ;;
esac
exec "$work/driver/bin/spark-submit" --master "$master" \
  --archives "$work/byline_env.tar.gz#environment" \
  "$root/examples/spark/byline_spark.py" "$input" "$out" "$@"
