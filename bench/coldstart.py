#!/usr/bin/env python3
"""Cold start of the real program to a usable window, against a bare Qt Widgets window, in the same run.

"Usable" = the main window shown and the first customer page painted: both programs print
"startup-painted" (CORDIAL_STARTUP_PROBE=1, ui/platform/StartupProbe.cpp) when their table has painted
rows. We time from process spawn to that line, alternating the two programs so load on the machine
hits both alike, after one untimed warm-up run of each (the file is in the OS cache, as on a desk that
started Cordial yesterday; the first open of a never-checked file also runs its one integrity check).

usage: coldstart.py --cordial BUILD/ui/cordial --bare BUILD/bench/cordial_bare_window --db PATH [--runs N]
Runs under $DISPLAY when set (e.g. xvfb-run), else QT_QPA_PLATFORM=offscreen.
"""
import argparse, json, os, statistics, subprocess, sys, tempfile, time


def one_run(argv, env, timeout=120.0):
    start = time.monotonic()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    painted = None
    try:
        for line in proc.stderr:
            if line.startswith("startup-painted") and painted is None:
                painted = (time.monotonic() - start) * 1000.0
            if time.monotonic() - start > timeout:
                break
        if painted is None:
            raise RuntimeError("no startup-painted line from %s (exit %s)" % (argv[0], proc.poll()))
        # CORDIAL_STARTUP_PROBE=2: the program quits by itself after painting, closing its database
        # cleanly, as an agent closing the window would (a killed program means a full check next start).
        proc.wait(60)
        return painted
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.wait()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cordial", required=True)
    ap.add_argument("--bare", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()

    home = tempfile.mkdtemp(prefix="cordial-coldstart-")
    env = dict(os.environ)
    env["CORDIAL_STARTUP_PROBE"] = "2"
    # A profile of its own: no settings, keyring or instance of a real user's Cordial.
    env["HOME"] = home
    env["XDG_CONFIG_HOME"] = os.path.join(home, "config")
    env["XDG_DATA_HOME"] = os.path.join(home, "data")
    env["CORDIAL_INSTANCE_NAME"] = "cordial-coldstart-%d" % os.getpid()
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    cordial = [args.cordial, "--db", args.db, "--agent", "Bench Agent", "--lang", "en"]
    bare = [args.bare]

    one_run(bare, env)
    one_run(cordial, env)
    times = {"cordial": [], "bare": []}
    for _ in range(args.runs):
        times["bare"].append(one_run(bare, env))
        times["cordial"].append(one_run(cordial, env))
    med = {k: statistics.median(v) for k, v in times.items()}
    result = {
        "runs": args.runs,
        "db": args.db,
        "platform": env.get("QT_QPA_PLATFORM", "xcb:" + env.get("DISPLAY", "")),
        "cordial_median_ms": round(med["cordial"], 1),
        "cordial_max_ms": round(max(times["cordial"]), 1),
        "bare_median_ms": round(med["bare"], 1),
        "bare_max_ms": round(max(times["bare"]), 1),
        "ratio": round(med["cordial"] / med["bare"], 2),
        "all_ms": {k: [round(x, 1) for x in v] for k, v in times.items()},
    }
    print(json.dumps(result))


if __name__ == "__main__":
    sys.exit(main())
