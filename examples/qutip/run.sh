#!/usr/bin/env bash
# QuTiP as a client of `qtherm check`: the honest QuTiP computation must pass, each planted bug must fail with the
# failing rows named. Run from anywhere; needs a built qtherm (dotnet build src/Cli) and Debian's python3-qutip.
#   examples/qutip/run.sh                      # artefacts (CSV, reports, JUnit XML) in a temporary directory
#   QUTIP_OUT=dir examples/qutip/run.sh        # ... or in dir (e.g. for CI to publish the JUnit files)
# Environment: PYTHON (default /usr/bin/python3, Debian's interpreter with qutip), QTHERM (default: dotnet run of
# src/Cli with --no-build, from the repository root).
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
out="${QUTIP_OUT:-$(mktemp -d)}"
mkdir -p "$out"
bugs=(bob-rotation-sign vab-ladder-swap)   # buggy.py's default first

qtherm() {
    if [[ -n "${QTHERM:-}" ]]; then $QTHERM "$@"; else (cd "$root" && dotnet run --project src/Cli --no-build -- "$@"); fi
}

problems=0
problem() { echo "FAIL: $*"; problems=$((problems + 1)); }

if ! "$python" -c 'import qutip' >/dev/null 2>&1; then
    echo "FAIL: $python cannot import qutip (apt-get install -y python3-qutip)"; exit 2
fi

# QuTiP may print to stdout (e.g. "Calibrating OpenMP threshold"); the CSV goes only to the file given as argument.
run_python() { "$python" "$@" > "$out/python.log" 2>&1 || { cat "$out/python.log"; return 1; }; }

# check NAME CSV -> sets rc; report in $out/NAME.txt, JUnit in $out/NAME.junit.xml
check() {
    qtherm check "$2" --junit "$out/$1.junit.xml" > "$out/$1.txt" 2> "$out/$1.err"
    rc=$?
}

failing_rows() { grep -E ' FAIL *$' "$1" | awk '{print "    line " $1 ": " $2 " " $3}'; }

echo "== honest QuTiP computation"
if run_python "$here/honest.py" "$out/honest.csv"; then
    check honest "$out/honest.csv"
    rows=$(($(wc -l < "$out/honest.csv") - 1))
    echo "   $rows rows, qtherm check exit $rc; $(tail -n 1 "$out/honest.txt")"
    if [[ $rc -ne 0 ]]; then
        problem "honest file: expected exit 0, got $rc"
        failing_rows "$out/honest.txt"; cat "$out/honest.err"
    fi
else
    problem "honest.py crashed"
fi

for bug in "${bugs[@]}"; do
    echo "== planted bug: $bug"
    name="buggy-$bug"
    if [[ $bug == "${bugs[0]}" ]]; then args=("$out/$name.csv"); else args=("$out/$name.csv" --plant-bug "$bug"); fi
    if ! run_python "$here/buggy.py" "${args[@]}"; then problem "buggy.py ($bug) crashed"; continue; fi
    check "$name" "$out/$name.csv"
    echo "   qtherm check exit $rc; $(tail -n 1 "$out/$name.txt")"
    [[ $rc -eq 1 ]] || { problem "$bug: expected exit 1 (a row fails), got $rc"; cat "$out/$name.err"; continue; }
    named=$(failing_rows "$out/$name.txt")
    [[ -n $named ]] || problem "$bug: exit 1 but the report names no failing row"
    grep -qs "<failure" "$out/$name.junit.xml" || problem "$bug: the JUnit file records no <failure>"
    echo "   failing rows named by the report:"
    echo "$named"
    # The bug lives in one model; a failure elsewhere would mean the gate is flaky, not that it caught the bug.
    model=$([[ $bug == vab-* ]] && echo heatpump || echo qet)
    if grep -E ' FAIL *$' "$out/$name.txt" | awk '{print $2}' | grep -qv "^$model\."; then
        problem "$bug: rows outside $model failed"
    fi
done

echo "== artefacts in $out"
if [[ $problems -ne 0 ]]; then echo "QuTiP example: $problems problem(s)"; exit 1; fi
echo "QuTiP example: honest file passes, every planted bug fails with its rows named"
