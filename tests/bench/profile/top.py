#!/usr/bin/env python3
"""The methods that cost most in a dotnet-trace Speedscope file (scripts/profile.sh).

The trace samples every thread about 100 times a second, running or not. Time whose innermost frame is a wait (a
thread-pool thread parked, a socket poll, a timer) is left out, so what remains approximates CPU. Prints the busiest
methods by exclusive time (their own code) and by inclusive time (with what they call), as shares of the busy time.
"""
import json
import re
import sys
from collections import Counter

WAITING = re.compile(
    r"WaitHandle|WaitOne|LowLevelLifoSemaphore|LowLevelMonitor|Monitor\.Wait|Thread\.Sleep|SemaphoreSlim\.Wait|"
    r"ManualResetEventSlim\.Wait|SocketAsyncEngine\.EventLoop|epoll|WaitForSignal|PortableThreadPool\+GateThread|"
    r"TimerQueue\.TimerThread|Interop\+Sys\.(WaitForSocketEvents|Poll|Read)|Console|EventPipe|DiagnosticServer")

# dotnet-trace 10 ends every sampled stack with a pseudo-frame saying whether the thread ran managed or native code;
# a method's own time is then the frame above it.
PSEUDO = {"CPU_TIME", "UNMANAGED_CODE_TIME"}

def own_frame(stack):
    leaf = names[stack[-1]]
    if leaf in PSEUDO and len(stack) > 1:
        return names[stack[-2]] + (" [native]" if leaf == "UNMANAGED_CODE_TIME" else "")
    return leaf

path = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
with open(path, encoding="utf-8") as file:
    document = json.load(file)
names = [frame["name"] for frame in document["shared"]["frames"]]

exclusive, inclusive, busy = Counter(), Counter(), 0.0
for profile in document["profiles"]:
    stack, last = [], None
    def account(until):
        global busy
        if last is None or not stack or until <= last:
            return
        span = until - last
        if any(WAITING.search(names[f]) for f in stack[-3:]) or names[stack[-1]] == "UNMANAGED_CODE_TIME" and any(WAITING.search(names[f]) for f in stack):
            return
        busy += span
        exclusive[own_frame(stack)] += span
        for frame in set(stack):
            inclusive[names[frame]] += span
    for event in profile.get("events", []):
        account(event["at"])
        last = event["at"]
        if event["type"] == "O":
            stack.append(event["frame"])
        elif stack:
            stack.pop()

def shorten(name):
    return re.sub(r"\(.*\)$", "", name.split("!")[-1])[:150]

print(f"busy time sampled: {busy:.0f} ms (waiting frames left out)")
for title, counter in (("exclusive (own code)", exclusive), ("inclusive (with callees)", inclusive)):
    print(f"\n{title}")
    for name, spent in counter.most_common(top):
        print(f"{100 * spent / busy:6.1f}%  {shorten(name)}")
