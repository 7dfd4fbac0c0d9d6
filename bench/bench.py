#!/usr/bin/env python3
"""Runs the benchmark and prints its table. Started by bench/run.sh, which builds the pipeline first.

Every figure is process start to exit of a published `spacex` binary, the native one (Native AOT, as the image ships
it) and the JIT one (self-contained, composite ReadyToRun) side by side, runs interleaved, against the replay
of the API (a separate process on loopback) and the pipeline's own private PostgreSQL cluster (unix socket), on this
machine; the real-snapshot rows also against a server over TCP with password authentication (BENCH_TCP_DB, an admin
connection string; run.sh points it at the machine's cluster). Settings (environment): RUNS (5), SCALES ("10000
100000 1000000"), SCALE_RUNS (RUNS: initial loads per scale). The SQL-side figures are taken on the database the
largest scale's runs wrote.
"""
import glob
import http.client
import http.server
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
APPS = {  # the binaries compared, each a column of the table; the first also serves the replay and sets the cluster up
    "native (AOT)": os.path.join(ROOT, "bench", ".out", "native", "spacex"),
    "JIT (ReadyToRun)": os.path.join(ROOT, "bench", ".out", "jit", "spacex"),
}
APP = next(iter(APPS.values()))
WORK = os.path.join(ROOT, "bench", ".out")
REAL = os.path.join(ROOT, "data", "spacex-api")
RUNS = int(os.environ.get("RUNS", "5"))
SCALES = [int(n) for n in os.environ.get("SCALES", "10000 100000 1000000").split()]
SCALE_RUNS = int(os.environ.get("SCALE_RUNS", str(RUNS)))
rows = []


def measure(args, environment=None, app=APP):
    """Runs the CLI once (with these variables added to the environment); returns (seconds, peak RSS in MB, stdout)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen([app] + args, stdout=out, stderr=err, env={**os.environ, **(environment or {})})
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


LOCAL = None  # the private cluster: {"Host": socket folder, "Port": ..., "Username": "spacex"}
TCP = None    # BENCH_TCP_DB parsed: a server over TCP with a password


def parse(connection_string):
    pairs = (part.split("=", 1) for part in connection_string.split(";") if "=" in part)
    return {key.strip().title(): value.strip() for key, value in pairs}


def psql(database, sql, server=None):
    server = server or LOCAL
    result = subprocess.run(
        ["psql", "-h", server["Host"], "-p", server["Port"], "-U", server["Username"], "-d", database, "-v", "ON_ERROR_STOP=1", "-qAt"],
        input=sql, capture_output=True, text=True, env={**os.environ, "PGPASSWORD": server.get("Password", "")})
    if result.returncode != 0:
        sys.exit(f"psql failed: {result.stderr}")
    return result.stdout


def database_of(name, server):
    """The connection string of a database on the server."""
    return ";".join(f"{key}={value}" for key, value in {**server, "Database": name}.items())


def fresh_database(name, server=None):
    server = server or LOCAL
    psql("postgres", f"DROP DATABASE IF EXISTS {name}; CREATE DATABASE {name};", server)
    db = database_of(name, server)
    measure(["migrate", "--db", db])
    return db


def replay(data, latency=0, synthetic=None):
    extra = ["--synthetic", str(synthetic)] if synthetic else []
    process = subprocess.Popen([APP, "replay", "--data", data, "--port", "0", "--latency", str(latency)] + extra,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    url = re.search(r"at (http://\S+)", process.stdout.readline()).group(1)
    return process, url


def ingest(db, api, environment=None, app=APP):
    seconds, rss, out = measure(["ingest", "--api", api, "--db", db, "--json"], environment, app)
    return seconds, rss, json.loads(out)


def per_app():
    return {name: [] for name in APPS}


def cell(values, unit, digits):
    values = sorted(values)
    return f"{statistics.median(values):.{digits}f} {unit} ({values[0]:.{digits}f}–{values[-1]:.{digits}f})"


def add(scenario, metric, values, unit, digits=2):
    """A row: values per binary (a dict of lists), or one list for a figure no binary takes part in."""
    if isinstance(values, dict):
        rows.append((scenario, metric, {name: cell(v, unit, digits) for name, v in values.items()}, max(len(v) for v in values.values())))
    else:
        rows.append((scenario, metric, cell(values, unit, digits), len(values)))


def real_snapshot(latency, server, where):
    process, url = replay(REAL, latency)
    try:
        initial, first, change_free, rss = per_app(), per_app(), per_app(), per_app()
        requests = {name: ([], [], []) for name in APPS}
        for run in range(RUNS):
            for name, app in APPS.items():
                db = fresh_database("bench_real", server)
                for times, count in zip((initial, first, change_free), requests[name]):
                    seconds, peak, report = ingest(db, url, app=app)
                    assert times is initial or report["counts"]["inserted"] + report["counts"]["updated"] == 0
                    times[name].append(seconds); rss[name].append(peak); count.append(report["http_requests"])
        scenario = f"real snapshot, {latency} ms latency, {where}"
        add(scenario, "initial load, wall", initial, "s")
        add(scenario, "second run (the first after the load; nothing changed), wall", first, "s")
        add(scenario, "no-change run, wall", change_free, "s")
        rows.append((scenario, "HTTP requests, initial / second run / no-change",
                     {name: " / ".join(str(max(r)) for r in counts) for name, counts in requests.items()}, RUNS))
        add(scenario, "peak RSS", rss, "MB", 0)
    finally:
        process.terminate()


def scale(n):
    process, url = replay(REAL, synthetic=n)
    scenario = f"synthetic {n:,} launches"
    try:
        throughput, rss, change_free, change_free_rss = per_app(), per_app(), per_app(), per_app()
        for name, app in APPS.items():
            for run in range(SCALE_RUNS):
                db = fresh_database("bench_scale")
                seconds, peak, report = ingest(db, url, app=app)
                assert report["counts"]["inserted"] == n
                throughput[name].append(n / seconds); rss[name].append(peak)
            for run in range(RUNS):
                seconds, peak, report = ingest(db, url, app=app)
                assert report["counts"]["inserted"] + report["counts"]["updated"] == 0
                change_free[name].append(seconds); change_free_rss[name].append(peak)
        add(scenario, "initial load, launches/s", throughput, "/s", 0)
        add(scenario, "initial load, peak RSS", rss, "MB", 0)
        add(f"{scenario} ({report['counts']['fetched']:,} re-read)", "no-change run, wall", change_free, "s")
        add(f"{scenario} ({report['counts']['fetched']:,} re-read)", "no-change run, peak RSS", change_free_rss, "MB", 0)
    finally:
        process.terminate()
    if n == max(SCALES):
        database_side("bench_scale")
    copy = copy_baseline("bench_scale", ["launches", "launch_cores", "payloads", "raw_launches"])
    add(scenario, "binary COPY of the rows the pipeline writes (raw versions included), launches/s", copy, "/s", 0)
    add(scenario, "pipeline / COPY, like for like", {name: [statistics.median(t) / statistics.median(copy)] for name, t in throughput.items()}, "", 2)
    current = copy_baseline("bench_scale", ["launches", "launch_cores", "payloads"])
    add(scenario, "binary COPY of launches, their cores and payloads only (no raw versions), launches/s", current, "/s", 0)
    add(scenario, "pipeline / COPY without raw versions", {name: [statistics.median(t) / statistics.median(current)] for name, t in throughput.items()}, "", 2)


class Collector(http.server.BaseHTTPRequestHandler):
    """An OTLP/HTTP endpoint that takes whatever is posted and answers 200."""
    posts = 0

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        Collector.posts += 1
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def telemetry(db):
    """No-change runs without OpenTelemetry (no OTEL_* variable) and with it (OTLP/HTTP to a local collector),
    interleaved."""
    collector = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Collector)
    threading.Thread(target=collector.serve_forever, daemon=True).start()
    otlp = {"OTEL_EXPORTER_OTLP_ENDPOINT": f"http://127.0.0.1:{collector.server_address[1]}", "OTEL_EXPORTER_OTLP_PROTOCOL": "http/protobuf"}
    process, url = replay(REAL)
    try:
        without, traced = per_app(), per_app()
        for run in range(RUNS):
            for name, app in APPS.items():
                for times, environment in ((without, None), (traced, otlp)):
                    seconds, _, report = ingest(db, url, environment, app)
                    assert report["counts"]["inserted"] + report["counts"]["updated"] == 0
                    times[name].append(seconds)
    finally:
        process.terminate()
        collector.shutdown()
    scenario = "real snapshot, 0 ms latency, local cluster"
    add(scenario, "no-change run without OpenTelemetry, wall (interleaved)", without, "s")
    add(scenario, f"no-change run exporting traces and metrics over OTLP/HTTP, wall ({Collector.posts} posts)", traced, "s")


SERVE_PATHS = ["/api/status", "/readyz", "/metrics", "/api/reports/sites"]


def serve_under_load(db, database, server, where, requests=2000, clients=50):
    """Each binary's figures under load, side by side."""
    figures = {name: serve_one(app, db, database, server, requests, clients) for name, app in APPS.items()}
    scenario = f"serve, {where} ({clients} clients, {requests:,} GETs)"
    for number, (figure, _) in enumerate(next(iter(figures.values()))):
        rows.append((scenario, figure, {name: found[number][1] for name, found in figures.items()}, 1))


def serve_one(app, db, database, server, requests, clients):
    """`spacex serve` at its default connection budget (no run while it is measured), hit by `clients` keep-alive
    clients for `requests` GETs over SERVE_PATHS in turn: latency per request, errors, the most connections it held
    (pg_stat_activity, sampled), its peak RSS."""
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    process = subprocess.Popen([app, "serve", "--cron", "0 0 1 1 *", "--urls", f"http://127.0.0.1:{port}", "--db", db,
                                "--api", "http://127.0.0.1:1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_listening(port)
        for path in SERVE_PATHS:  # a service in operation has answered before: the first answers compile code
            urlopen_quietly(port, path)
        held = ("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'spacex'"
                " AND backend_type = 'client backend'")  # not the parallel workers of its queries
        most, done = [0], threading.Event()

        def sample():
            while not done.is_set():
                most[0] = max(most[0], int(psql(database, held, server)))
                time.sleep(0.05)

        sampler = threading.Thread(target=sample)
        sampler.start()
        latencies, errors, next_request, lock = [], [0], [0], threading.Lock()
        by_path = {path: [] for path in SERVE_PATHS}

        def client():
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            while True:
                with lock:
                    number = next_request[0]
                    next_request[0] += 1
                if number >= requests:
                    return
                start = time.perf_counter()
                path = SERVE_PATHS[number % len(SERVE_PATHS)]
                try:
                    connection.request("GET", path)
                    response = connection.getresponse()
                    response.read()
                    ok = response.status == 200
                except (OSError, http.client.HTTPException):
                    ok = False
                    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                with lock:
                    latencies.append((time.perf_counter() - start) * 1000)
                    by_path[path].append(latencies[-1])
                    errors[0] += 0 if ok else 1

        started = time.perf_counter()
        threads = [threading.Thread(target=client) for _ in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - started
        done.set()
        sampler.join()
        most[0] = max(most[0], int(psql(database, held, server)))
        peak = int(re.search(r"VmHWM:\s+(\d+) kB", open(f"/proc/{process.pid}/status").read()).group(1)) / 1024
    finally:
        process.terminate()
        process.wait()
    latencies.sort()
    figures = [("latency p50 / p99", f"{latencies[len(latencies) // 2]:.1f} / {latencies[int(len(latencies) * 0.99)]:.1f} ms ({requests / wall:.0f} requests/s)")]
    for path, times in by_path.items():
        times.sort()
        figures.append((f"{path} p50 / p99", f"{times[len(times) // 2]:.1f} / {times[int(len(times) * 0.99)]:.1f} ms"))
    return figures + [("errors (not 200), must be 0", str(errors[0])), ("most database connections held (budget 10)", str(most[0])),
                      ("peak RSS", f"{peak:.0f} MB")]


def urlopen_quietly(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("GET", path)
    connection.getresponse().read()
    connection.close()


def wait_until_listening(port):
    for _ in range(300):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    sys.exit("spacex serve did not start listening")


def timed(database, sql):
    """Server-side milliseconds of the last statement, as psql's \\timing reports it."""
    out = psql(database, "\\timing on\n" + sql)
    return float(re.findall(r"Time: ([\d.]+) ms", out)[-1])


def copy_baseline(database, tables):
    """Binary COPY of the rows the pipeline wrote to these tables back into the same, emptied tables (same indexes),
    with nothing else: no HTTP, no JSON, no validation. The launches are counted for the rate."""
    folder = tempfile.mkdtemp(dir=WORK)
    os.chmod(folder, 0o777)  # the server (another user) writes and reads the files
    files = {table: os.path.join(folder, f"{table}.bin") for table in tables}
    psql(database, "\n".join(f"\\copy spacex.{table} TO '{file}' (FORMAT binary)" for table, file in files.items()))
    count = int(psql(database, "SELECT count(*) FROM spacex.launches"))
    results = []
    for run in range(RUNS):
        psql(database, f"TRUNCATE {', '.join(f'spacex.{table}' for table in tables)}")
        start = time.perf_counter()
        psql(database, "\n".join(f"\\copy spacex.{table} FROM '{file}' (FORMAT binary)" for table, file in files.items()))
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
    for file in sorted(glob.glob(os.path.join(ROOT, "sql", "analytics", "*.sql"))):  # every report, as analysts run its file
        report = os.path.basename(file)[:-len(".sql")]
        sql = open(file).read()
        add(scenario, f"report {report}", [timed(database, sql) for _ in range(RUNS)], "ms", 0)


def on_disk():
    """What each build ships, debug symbols left out: the native binary is one file, the JIT build a folder."""
    sizes = []
    for name, app in APPS.items():
        folder = os.path.dirname(app)
        files = [os.path.join(folder, f) for f in os.listdir(folder) if not f.endswith((".dbg", ".pdb"))]
        sizes.append(f"{name} {sum(os.path.getsize(f) for f in files) / 2**20:.0f} MB in {len(files)} files")
    return ", ".join(sizes)


def main():
    global LOCAL, TCP
    socket, port = cluster()
    LOCAL = {"Host": socket, "Port": port, "Username": "spacex"}
    TCP = parse(os.environ["BENCH_TCP_DB"]) if os.environ.get("BENCH_TCP_DB") else None
    for latency in (0, 50):
        real_snapshot(latency, LOCAL, "local cluster (unix socket)")
        if TCP:
            real_snapshot(latency, TCP, "TCP + password")
    telemetry(database_of("bench_real", LOCAL))
    serve_under_load(database_of("bench_real", LOCAL), "bench_real", LOCAL, "real snapshot, local cluster")
    if TCP:
        serve_under_load(database_of("bench_real", TCP), "bench_real", TCP, "real snapshot, TCP + password")
    for n in SCALES:
        scale(n)
        if n == max(SCALES):
            serve_under_load(database_of("bench_scale", LOCAL), "bench_scale", LOCAL, f"{n:,} launches, local cluster")
    print(f"\n{os.cpu_count()} cores; median (min–max) of the runs; on disk: {on_disk()}\n")
    print("| scenario | figure | " + " | ".join(APPS) + " | runs |")
    print("|---|---|" + "---|" * len(APPS) + "---|")
    for scenario, figure, values, runs in rows:
        cells = [values[name] for name in APPS] if isinstance(values, dict) else [values] + ["(no CLI: the same)"] * (len(APPS) - 1)
        print(f"| {scenario} | {figure} | " + " | ".join(cells) + f" | {runs} |")


if __name__ == "__main__":
    main()
