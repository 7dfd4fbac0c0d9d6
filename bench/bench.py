#!/usr/bin/env python3
"""Runs the benchmark and prints its table. Started by bench/run.sh, which builds the pipeline first.

Every figure is process start to exit of the published `spacex` binary (ReadyToRun, Release), against the replay
of the API (a separate process on loopback) and the pipeline's own private PostgreSQL cluster (unix socket), on this
machine. Settings (environment): RUNS (5), SCALES ("10000 100000 1000000"), SCALE_RUNS (RUNS: initial loads per scale).
The SQL-side figures are taken on the database the largest scale's runs wrote.
"""
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
APP = os.path.join(ROOT, "bench", ".out", "app", "spacex")
WORK = os.path.join(ROOT, "bench", ".out")
REAL = os.path.join(ROOT, "data", "spacex-api")
RUNS = int(os.environ.get("RUNS", "5"))
SCALES = [int(n) for n in os.environ.get("SCALES", "10000 100000 1000000").split()]
SCALE_RUNS = int(os.environ.get("SCALE_RUNS", str(RUNS)))
rows = []


def measure(args):
    """Runs the CLI once; returns (seconds, peak RSS in MB, stdout)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen([APP] + args, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"spacex {' '.join(args[:2])} failed: {err.read().decode()[-500:]}")
        return elapsed, usage.ru_maxrss / 1024, out.read().decode()


def cluster():
    measure(["migrate"])  # starts the private cluster (creating it the first time)
    status = measure(["db", "status"])[2]
    return re.search(r"Connection string: Host=([^;]+);Port=(\d+)", status).groups()


SOCKET, PORT = None, None


def psql(database, sql):
    result = subprocess.run(
        ["psql", "-h", SOCKET, "-p", PORT, "-U", "spacex", "-d", database, "-v", "ON_ERROR_STOP=1", "-qAt"],
        input=sql, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"psql failed: {result.stderr}")
    return result.stdout


def fresh_database(name):
    psql("postgres", f"DROP DATABASE IF EXISTS {name}; CREATE DATABASE {name};")
    db = f"Host={SOCKET};Port={PORT};Database={name};Username=spacex"
    measure(["migrate", "--db", db])
    return db


def replay(data, latency=0, synthetic=None):
    extra = ["--synthetic", str(synthetic)] if synthetic else []
    process = subprocess.Popen([APP, "replay", "--data", data, "--port", "0", "--latency", str(latency)] + extra,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    url = re.search(r"at (http://\S+)", process.stdout.readline()).group(1)
    return process, url


def ingest(db, api):
    seconds, rss, out = measure(["ingest", "--api", api, "--db", db, "--json"])
    return seconds, rss, json.loads(out)


def add(scenario, metric, values, unit, digits=2):
    values = sorted(values)
    rows.append((scenario, metric, f"{statistics.median(values):.{digits}f} {unit}",
                 f"{values[0]:.{digits}f}–{values[-1]:.{digits}f}", len(values)))


def real_snapshot(latency):
    process, url = replay(REAL, latency)
    try:
        initial, change_free, rss, requests = [], [], [], ([], [])
        for run in range(RUNS):
            db = fresh_database("bench_real")
            seconds, peak, report = ingest(db, url)
            initial.append(seconds); rss.append(peak); requests[0].append(report["http_requests"])
            seconds, peak, report = ingest(db, url)
            assert report["counts"]["inserted"] + report["counts"]["updated"] == 0
            change_free.append(seconds); rss.append(peak); requests[1].append(report["http_requests"])
        scenario = f"real snapshot, {latency} ms latency"
        add(scenario, "initial load, wall", initial, "s")
        add(scenario, "no-change run, wall", change_free, "s")
        rows.append((scenario, "HTTP requests, initial / no-change", f"{max(requests[0])} / {max(requests[1])}", "max of the runs", RUNS))
        add(scenario, "peak RSS", rss, "MB", 0)
    finally:
        process.terminate()


def scale(n):
    process, url = replay(REAL, synthetic=n)
    scenario = f"synthetic {n:,} launches"
    try:
        throughput, rss = [], []
        for run in range(SCALE_RUNS):
            db = fresh_database("bench_scale")
            seconds, peak, report = ingest(db, url)
            assert report["counts"]["inserted"] == n
            throughput.append(n / seconds); rss.append(peak)
        change_free, change_free_rss = [], []
        for run in range(RUNS):
            seconds, peak, report = ingest(db, url)
            assert report["counts"]["inserted"] + report["counts"]["updated"] == 0
            change_free.append(seconds); change_free_rss.append(peak)
        add(scenario, "initial load, launches/s", throughput, "/s", 0)
        add(scenario, "initial load, peak RSS", rss, "MB", 0)
        add(f"{scenario} ({report['counts']['fetched']:,} re-read)", "no-change run, wall", change_free, "s")
        add(f"{scenario} ({report['counts']['fetched']:,} re-read)", "no-change run, peak RSS", change_free_rss, "MB", 0)
    finally:
        process.terminate()
    if n == max(SCALES):
        database_side("bench_scale")
    copy = copy_baseline("bench_scale")
    add(scenario, "binary COPY of the same rows, launches/s", copy, "/s", 0)
    add(scenario, "pipeline / COPY", [statistics.median(throughput) / statistics.median(copy)], "", 2)


def timed(database, sql):
    """Server-side milliseconds of the last statement, as psql's \\timing reports it."""
    out = psql(database, "\\timing on\n" + sql)
    return float(re.findall(r"Time: ([\d.]+) ms", out)[-1])


def copy_baseline(database):
    """Binary COPY of the rows the pipeline wrote (launches and payloads) back into the same, emptied tables."""
    folder = tempfile.mkdtemp(dir=WORK)
    os.chmod(folder, 0o777)  # the server (another user) writes and reads the files
    launches, payloads = os.path.join(folder, "launches.bin"), os.path.join(folder, "payloads.bin")
    psql(database, f"\\copy spacex.launches TO '{launches}' (FORMAT binary)\n\\copy spacex.payloads TO '{payloads}' (FORMAT binary)")
    count = int(psql(database, "SELECT count(*) FROM spacex.launches"))
    results = []
    for run in range(RUNS):
        psql(database, "TRUNCATE spacex.launches, spacex.payloads")
        start = time.perf_counter()
        psql(database, f"\\copy spacex.launches FROM '{launches}' (FORMAT binary)\n\\copy spacex.payloads FROM '{payloads}' (FORMAT binary)")
        results.append(count / (time.perf_counter() - start))
    shutil.rmtree(folder)
    return results


def database_side(database):
    """Aggregation and each report over what the pipeline wrote, timed by the server once it has settled (as
    autovacuum and the checkpointer leave it): timed straight after a million-launch load, they measure the server's
    background writing as much as the queries."""
    psql(database, "VACUUM (ANALYZE)")
    psql(database, "CHECKPOINT")
    scenario = f"SQL side, {int(psql(database, 'SELECT count(*) FROM spacex.launches')):,} launches"
    recompute = open(os.path.join(ROOT, "sql", "aggregations", "recompute.sql")).read().strip().rstrip(";")
    recompute = "\n".join(line for line in recompute.splitlines() if not line.startswith("--"))
    add(scenario, "aggregation recompute", [timed(database, f"PREPARE r AS {recompute};\nEXECUTE r(now(), 'manual', NULL);") for _ in range(RUNS)], "ms", 0)
    for report in ("launch_performance", "top_payload_masses", "static_fire_delays", "launch_site_utilization", "latest_aggregation"):
        sql = open(os.path.join(ROOT, "sql", "analytics", f"{report}.sql")).read()
        if report == "top_payload_masses":  # as `report payloads` runs it: the top 5
            sql = f"SELECT * FROM ({sql.strip().rstrip(';')}) report ORDER BY total_payload_mass_kg DESC, date_utc, launch_id LIMIT 5;"
        add(scenario, f"report {report}", [timed(database, sql) for _ in range(RUNS)], "ms", 0)


def main():
    global SOCKET, PORT
    SOCKET, PORT = cluster()
    real_snapshot(0)
    real_snapshot(50)
    for n in SCALES:
        scale(n)
    print(f"\n{os.cpu_count()} cores; median and min–max of the runs\n")
    print("| scenario | figure | median | spread | runs |")
    print("|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(str(cell) for cell in row) + " |")


if __name__ == "__main__":
    main()
