#!/usr/bin/python3
"""The same computation as honest.py with one realistic physics bug planted (default: bob-rotation-sign).

    /usr/bin/python3 examples/qutip/buggy.py OUT.csv                               # Bob's rotation with the wrong sign
    /usr/bin/python3 examples/qutip/buggy.py OUT.csv --plant-bug vab-ladder-swap   # or another bug from honest.PLANTABLE_BUGS

The physics lives only in honest.py; this is honest.main with a bug switched on.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import honest  # noqa: E402

DEFAULT_BUG = "bob-rotation-sign"

if __name__ == "__main__":
    sys.exit(honest.main(default_bugs=(DEFAULT_BUG,)))
