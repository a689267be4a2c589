#!/usr/bin/env python3
"""Where a process's CPU went, from `perf script` output of a perf record -g run (scripts/profile.sh perf).

The bot runs with DOTNET_PerfMapEnabled=1, so perf names JIT-compiled methods ([Assembly] Namespace.Type::Method) from
/tmp/perf-<pid>.map. Prints, as shares of the samples (each sample is 1/F s of one core on CPU):
- by what was running: the tiered JIT's background compilation, the kernel, the runtime (libcoreclr: the GC, type
  loading, stubs), native libraries, and managed code by assembly;
- kernel time by system call or fault;
- the methods of ours (JourneyBot*) that own the most samples: the innermost of our frames in each stack, so a
  library call (System.Text.Json, the GC's memset) counts for the method of ours that made it;
- the JIT's share second by second (a share that stays high means the warm-up was too short).
"""
import re
import sys
from collections import Counter

TIME = re.compile(r"\s(\d+\.\d+):")
MANAGED = re.compile(r"\[([\w.]+)\] ")
OURS = re.compile(r"\[(JourneyBot[\w.]*)\] ([\w.`+<>|,]+(?:::[\w<>|`]+)?)")


def samples(path):
    with open(path, encoding="utf-8", errors="replace") as file:
        for block in file.read().split("\n\n"):
            lines = block.strip().split("\n")
            if len(lines) < 2:
                continue
            at = TIME.search(lines[0])
            frames = [re.sub(r"^\s*[0-9a-f]+\s+", "", line) for line in lines[1:]]
            yield (float(at.group(1)) if at else 0.0), frames


def running(frames):
    leaf = frames[0]
    if any("libclrjit" in frame for frame in frames) and "start_thread" in frames[-1] and not any("[JourneyBot" in f for f in frames):
        return "JIT, background (tiered compilation)"
    if "[kernel.kallsyms]" in leaf:
        return "kernel"
    if "libcoreclr" in leaf or leaf.startswith("[unknown]"):
        return "runtime (libcoreclr: GC, type loader, stubs)"
    managed = MANAGED.search(leaf)
    if managed:
        return "managed: " + managed.group(1)
    library = re.search(r"\(([^)]*)\)\s*$", leaf)
    return "native: " + (library.group(1).rsplit("/", 1)[-1] if library else "?")


def kernel_entry(frames):
    for index, frame in enumerate(frames):
        if "[kernel.kallsyms]" not in frame:
            entries = [f for f in frames[:index] if "__x64_sys_" in f or "asm_exc_" in f]
            return (entries[-1] if entries else frames[max(0, index - 1)]).split("+")[0]
    return frames[-1].split("+")[0]


def main(path, top=30):
    total, by_running, by_kernel, by_ours, per_second, jit_per_second = 0, Counter(), Counter(), Counter(), Counter(), Counter()
    start = None
    for at, frames in samples(path):
        total += 1
        start = at if start is None else start
        what = running(frames)
        by_running[what] += 1
        second = int(at - start)
        per_second[second] += 1
        if what.startswith("JIT"):
            jit_per_second[second] += 1
        if what == "kernel":
            by_kernel[kernel_entry(frames)] += 1
        for frame in frames:
            ours = OURS.search(frame)
            if ours:
                by_ours[re.sub(r"d__\d+", "", ours.group(2))] += 1
                break
    if not total:
        print("no samples")
        return
    share = lambda count: f"{100 * count / total:5.1f}%"
    print(f"samples: {total}")
    for title, counter, limit in (("by what was running", by_running, top), ("kernel, by entry", by_kernel, 12),
                                  ("by the innermost method of ours", by_ours, top)):
        print(f"\n{title}")
        for name, count in counter.most_common(limit):
            print(f"{share(count)}  {name[:150]}")
    print("\nJIT share by second: " + ", ".join(
        f"{second}: {100 * jit_per_second[second] / per_second[second]:.0f}%" for second in sorted(per_second) if per_second[second] > 20))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 30)
