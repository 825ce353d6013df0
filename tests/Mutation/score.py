#!/usr/bin/env python3
"""Merge the Stryker JSON reports of the slices into one score per library.

Usage: score.py BREAK REPORT.json [REPORT.json ...]
Prints a Markdown table (library, killed, timeout, survived, no coverage, score) and exits 1 when a library's
score is below BREAK. A file that is mutated by two slices counts once: the slice that reports it first wins.
Score = (killed + timeout) / (killed + timeout + survived + no coverage), as Stryker defines it; compile errors
and ignored mutants do not count.
"""
import json
import sys
from collections import Counter, OrderedDict


def library_of(path):
    parts = path.replace("\\", "/").split("/")
    if "src" in parts:
        i = parts.index("src")
        if i + 1 < len(parts):
            return parts[i + 1]
    return "other"


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    threshold = float(sys.argv[1])
    files = OrderedDict()
    for report in sys.argv[2:]:
        with open(report, encoding="utf-8") as f:
            data = json.load(f)
        for path, content in data["files"].items():
            if path not in files and content["mutants"]:
                files[path] = content["mutants"]

    per_library = {}
    for path, mutants in files.items():
        per_library.setdefault(library_of(path), Counter()).update(m["status"] for m in mutants)

    print("| Library | Killed | Timeout | Survived | No coverage | Score |")
    print("|---|---:|---:|---:|---:|---:|")
    failing = []
    for library in sorted(per_library):
        c = per_library[library]
        detected = c["Killed"] + c["Timeout"]
        valid = detected + c["Survived"] + c["NoCoverage"]
        if valid == 0:
            print(f"| {library} | 0 | 0 | 0 | 0 | no mutant scored |")
            failing.append(f"{library}: no mutant was scored (check the slice's mutate globs and test filter)")
            continue
        score = 100.0 * detected / valid
        print(f"| {library} | {c['Killed']} | {c['Timeout']} | {c['Survived']} | {c['NoCoverage']} | {score:.2f} % |")
        if score < threshold:
            failing.append(f"{library} {score:.2f} %")
    if failing:
        print(f"\nbelow the break threshold of {threshold:g} % or not scored: " + ", ".join(failing))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
