#!/usr/bin/env python3
"""Times commands in turn, round after round, and prints each command's median wall time and
the median of its per-round ratio to the first command (the base).

A ratio taken from two medians measured minutes apart moves with whatever else the machine
is doing in those minutes (on a shared machine the bare libyaml pass alone ranged 68-137 ms).
Taken within one round, seconds apart, both sides see the same machine.

    interleaved.py --rounds 11 --label 10000 'libyaml=CMD ARGS' 'validate=CMD ARGS' ...

Prints one line per command: NAME<TAB>LABEL<TAB>median seconds<TAB>median ratio to the
base<TAB>rounds. Output of the commands is discarded; one warm-up round is not counted.
"""
import argparse
import shlex
import statistics
import subprocess
import time

parser = argparse.ArgumentParser()
parser.add_argument("--rounds", type=int, default=11)
parser.add_argument("--label", default="")
parser.add_argument("commands", nargs="+", help="NAME=COMMAND, the first is the base")
args = parser.parse_args()

commands = []
for spec in args.commands:
    name, _, command = spec.partition("=")
    commands.append((name, shlex.split(command)))


def wall(argv):
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


for _, argv in commands:  # warm-up: caches, page cache
    wall(argv)
samples = {name: [] for name, _ in commands}
for _ in range(args.rounds):
    for name, argv in commands:
        samples[name].append(wall(argv))
base = samples[commands[0][0]]
for name, _ in commands:
    ratios = [value / reference for value, reference in zip(samples[name], base)]
    print(f"{name}\t{args.label}\t{statistics.median(samples[name]):.6f}\t{statistics.median(ratios):.4f}\t{args.rounds}")
