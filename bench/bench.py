#!/usr/bin/env python3
"""The benchmark driver behind bench/run (which builds and installs what this needs). Standard library only.

Measures, on this machine and in one run:
  * the HTTP stack's ceiling: bench/Ceiling answering each query's exact response bytes;
  * the API per query, response cache off (cold) and on (warm): rps, p50, p99, ratio to the ceiling;
  * the API's peak resident memory (VmHWM) in each mode;
  * the loader: a scaled seed folder loaded by `kenpograph load`, fact rows per second and peak memory.
Writes bench/results/<date>-<commit>.md and .json. See bench/README.md for how to read them.
"""
import argparse
import datetime
import glob
import json
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import scale_seed  # noqa: E402

GRAPHQL_RESPONSE = "application/graphql-response+json"
CLK_TCK = os.sysconf("SC_CLK_TCK")


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def loadavg():
    with open("/proc/loadavg") as f:
        return [float(x) for x in f.read().split()[:3]]


def busy_jiffies():
    """(busy, total) CPU jiffies of the whole machine since boot."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    total = sum(fields[:8])
    return total - idle, total


def process_jiffies(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def status_kb(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return None


def machine():
    cpu = ""
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem_kb = status_like("/proc/meminfo", "MemTotal")
    dotnet = subprocess.run(["dotnet", "--version"], capture_output=True, text=True).stdout.strip()
    wrk = subprocess.run(["wrk", "--version"], capture_output=True, text=True)
    return {
        "cpu": cpu, "cores": os.cpu_count(), "memory_gib": round(mem_kb / 1024 / 1024, 1),
        "kernel": platform.release(), "dotnet_sdk": dotnet,
        "wrk": (wrk.stdout + wrk.stderr).split("\n")[0].split(" Copyright")[0],
    }


def status_like(path, key):
    with open(path) as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def git(*args):
    return subprocess.run(["git", "-C", REPO, *args], capture_output=True, text=True).stdout.strip()


def wait_until_quiet(minutes, threshold):
    """Polls the 1-minute load average every 60 s until it is below threshold, for at most `minutes`."""
    deadline = time.time() + minutes * 60
    readings = []
    while True:
        one = loadavg()[0]
        readings.append(one)
        if one < threshold:
            log(f"machine quiet: load average {one:.2f} < {threshold}")
            return True, readings
        if time.time() >= deadline:
            log(f"machine never got quiet within {minutes} min (load average {one:.2f}); measuring anyway, the results say so")
            return False, readings
        log(f"load average {one:.2f} ≥ {threshold}: waiting (up to {int((deadline - time.time()) / 60) + 1} more min)")
        time.sleep(60)


class Server:
    """A process on loopback with its output in a file; stopped by its own pid."""

    def __init__(self, name, argv, workdir, ready, env=None):
        self.name = name
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = os.path.join(workdir, f"{name}.log")
        full_env = dict(os.environ, **(env or {}))
        self.process = subprocess.Popen([*argv, "--urls", self.url], stdout=open(self.log_path, "w"), stderr=subprocess.STDOUT,
                                        env=full_env, cwd=workdir)
        deadline = time.time() + 90
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"{name} exited with {self.process.returncode}; see {self.log_path}")
            try:
                if ready(self.url):
                    return
            except Exception:
                pass
            if time.time() > deadline:
                self.stop()
                raise RuntimeError(f"{name} did not become ready in 90 s; see {self.log_path}")
            time.sleep(0.25)

    @property
    def pid(self):
        return self.process.pid

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()  # SIGTERM to this pid only: Kestrel shuts down gracefully
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def ready_at(path):
    def ready(url):
        with urllib.request.urlopen(url + path, timeout=2) as r:
            return r.status == 200
    return ready


class MemorySampler(threading.Thread):
    """Samples VmRSS of a process every 200 ms; VmHWM (the kernel's own peak) is read at the end."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_rss_kb = 0
        self._halt = threading.Event()

    def run(self):
        while not self._halt.is_set():
            try:
                self.peak_rss_kb = max(self.peak_rss_kb, status_kb(self.pid, "VmRSS") or 0)
            except OSError:
                return
            self._halt.wait(0.2)

    def stop(self):
        self._halt.set()
        self.join()


def sample(url, body_path, headers_path, out_path):
    """One request with curl: status, content type, whole response size, and the body."""
    result = subprocess.run(
        ["curl", "-s", "-o", out_path, "-D", headers_path, "-w", "%{http_code} %{size_header} %{size_download}",
         "-H", "Content-Type: application/json", "-H", f"Accept: {GRAPHQL_RESPONSE}", "--data-binary", f"@{body_path}", url],
        capture_output=True, text=True, check=True)
    status, header_size, body_size = (int(x) for x in result.stdout.split())
    with open(headers_path, encoding="latin-1") as f:
        headers = f.read()
    with open(out_path, "rb") as f:
        body = f.read()
    problems = []
    if status != 200:
        problems.append(f"status {status}")
    if GRAPHQL_RESPONSE not in headers.lower():
        problems.append("content type is not " + GRAPHQL_RESPONSE)
    try:
        document = json.loads(body)
        if document.get("errors"):
            problems.append("errors: " + json.dumps(document["errors"], ensure_ascii=False)[:300])
        if not document.get("data") or any(v is None for v in document["data"].values()):
            problems.append("data missing or a root field is null")
    except ValueError:
        problems.append("body is not JSON")
    return {"status": status, "response_bytes": header_size + body_size, "body_bytes": body_size, "problems": problems,
            "x_cache": next((line.split(":", 1)[1].strip() for line in headers.splitlines() if line.lower().startswith("x-cache:")), None)}


def wrk(args, url, body_path, duration, workdir, server_pid):
    """One wrk run; returns wrk's figures plus the CPU that processes other than the server and wrk used meanwhile."""
    cpu_file = os.path.join(workdir, "wrk.cpu")
    env = dict(os.environ, BENCH_BODY=body_path)
    busy0, total0 = busy_jiffies()
    server0 = process_jiffies(server_pid)
    load_before = loadavg()
    run = subprocess.run(
        ["/usr/bin/time", "-f", "%U %S", "-o", cpu_file, "wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{duration}s",
         "--timeout", "5s", "-s", os.path.join(HERE, "wrk", "post.lua"), url],
        capture_output=True, text=True, env=env)
    busy1, total1 = busy_jiffies()
    server1 = process_jiffies(server_pid)
    if run.returncode != 0:
        raise RuntimeError(f"wrk failed: {run.stderr}")
    figures = json.loads(next(line for line in run.stdout.splitlines() if line.startswith("{")))
    with open(cpu_file) as f:
        wrk_cpu = sum(float(x) for x in f.read().split()[-2:])
    cores = os.cpu_count()
    elapsed = (total1 - total0) / cores  # jiffies of wall time
    busy = (busy1 - busy0) / CLK_TCK
    server = (server1 - server0) / CLK_TCK
    seconds = elapsed / CLK_TCK
    figures["server_cpu_percent"] = round(100 * server / seconds, 1)
    # CPU the server spent per answered request: steadier than rps on a shared machine, since it does not count waiting.
    figures["server_cpu_ms_per_request"] = round(1000 * server / max(1, figures["requests"]), 3)
    figures["wrk_cpu_percent"] = round(100 * wrk_cpu / seconds, 1)
    # Of the machine's cores × seconds, what everything else (other sessions, builds, tests) used meanwhile.
    figures["other_cpu_percent_of_machine"] = round(100 * max(0.0, busy - server - wrk_cpu) / (seconds * cores), 1)
    figures["loadavg_before"] = load_before
    figures["loadavg_after"] = loadavg()
    figures["error_count"] = sum(figures["errors"].values())
    return figures


def measure_queries(args, label, server, queries, workdir, path_of, expected):
    """Warm-up, measured run and before/after samples of every query against one server."""
    results = {}
    for name, request_path in queries.items():
        url = server.url + path_of(name)
        log(f"{label} {name}: warm-up {args.warmup} s")
        if args.warmup > 0:
            wrk(args, url, request_path, args.warmup, workdir, server.pid)
        log(f"{label} {name}: measuring {args.duration} s at {args.connections} connections")
        jit_before = jit_compiled_methods(server) if label != "ceiling" else None
        figures = wrk(args, url, request_path, args.duration, workdir, server.pid)
        jit_after = jit_compiled_methods(server) if jit_before is not None else None
        if jit_after is not None:
            figures["jit_methods_compiled_during_run"] = jit_after - jit_before
        per_response = figures["bytes"] / max(1, figures["requests"])
        # Every response of a query has the same size (Date is fixed-width, X-Cache HIT/MISS differ by a byte):
        # an error body or a truncated one would move the average.
        figures["bytes_per_response"] = round(per_response, 1)
        figures["expected_bytes_per_response"] = expected[name]
        figures["size_mismatch"] = abs(per_response - expected[name]) > 8
        print(f"    {figures['rps']:>9.1f} rps  p50 {figures['p50_us'] / 1000:7.2f} ms  p99 {figures['p99_us'] / 1000:7.2f} ms  "
              f"errors {figures['error_count']}  server CPU {figures['server_cpu_percent']} %  other CPU {figures['other_cpu_percent_of_machine']} %",
              flush=True)
        results[name] = figures
    return results


def run_api_mode(args, mode, api_dll, data_dir, queries, workdir):
    cache = "true" if mode == "warm" else "false"
    server = Server(f"api-{mode}", ["dotnet", api_dll, "serve", f"--Warehouse:DataDirectory={data_dir}", f"--Caching:Responses={cache}",
                    # The API runs as in production (no anonymous reading, a per-client rate limit): the bench is one
                    # anonymous loopback client measuring throughput, so it may read and is not throttled, and it may
                    # scrape /metrics (Kenpo.Admin) to see when the runtime has finished recompiling hot code.
                    "--Auth:AnonymousScopes=Kenpo.Read,Kenpo.Admin", "--Limits:RateLimit:PermitLimit=0"],
                    workdir, ready_at("/readyz"), env={"ASPNETCORE_ENVIRONMENT": "Production", "DOTNET_CLI_TELEMETRY_OPTOUT": "1"})
    try:
        memory = MemorySampler(server.pid)
        memory.start()
        samples, expected = {}, {}
        bodies = os.path.join(workdir, f"bodies-{mode}")
        os.makedirs(bodies, exist_ok=True)
        for name, request_path in queries.items():
            s = sample(server.url + "/graphql", request_path, os.path.join(workdir, f"{name}.{mode}.headers"), os.path.join(bodies, f"{name}.json"))
            if s["problems"]:
                raise RuntimeError(f"{mode} {name}: the sample response is not a clean 200: {'; '.join(s['problems'])}")
            samples[name] = s
            expected[name] = s["response_bytes"]
        rss_before = status_kb(server.pid, "VmRSS")
        # The runtime compiles hot code in tiers in the background for a while after start; one pass over every
        # query first, so that no query is measured while code the others share is still being recompiled.
        for name, request_path in queries.items():
            log(f"{mode} {name}: start-up pass {args.warmup} s")
            wrk(args, server.url + "/graphql", request_path, args.warmup, workdir, server.pid)
        settling = settle(args, mode, server, queries, workdir)
        results = measure_queries(args, mode, server, queries, workdir, lambda _: "/graphql", expected)
        for name, request_path in queries.items():
            after = sample(server.url + "/graphql", request_path, os.path.join(workdir, f"{name}.{mode}.after.headers"),
                           os.path.join(workdir, f"{name}.{mode}.after.json"))
            results[name]["sample_after_problems"] = after["problems"]
            with open(os.path.join(bodies, f"{name}.json"), "rb") as a, open(os.path.join(workdir, f"{name}.{mode}.after.json"), "rb") as b:
                results[name]["same_body_after"] = a.read() == b.read()
            results[name]["sample"] = samples[name]
        memory.stop()
        peak = {"vm_hwm_mb": round(status_kb(server.pid, "VmHWM") / 1024, 1), "peak_rss_sampled_mb": round(memory.peak_rss_kb / 1024, 1),
                "rss_after_start_mb": round(rss_before / 1024, 1), "rss_end_mb": round(status_kb(server.pid, "VmRSS") / 1024, 1)}
        return results, peak, bodies, settling
    finally:
        server.stop()


def jit_compiled_methods(server):
    """
    The runtime's count of methods it has JIT-compiled (a tier-up counts again), from the API's /metrics; None for a
    build that does not publish it (before c8fd58d), which is then given settling passes for --settle-max seconds.
    """
    with urllib.request.urlopen(server.url + "/metrics", timeout=10) as r:
        for line in r.read().decode().splitlines():
            if line.startswith("dotnet_jit_compiled_methods_total"):
                return int(float(line.rsplit(" ", 1)[1]))
    return None


def settle(args, mode, server, queries, workdir):
    """
    Passes over every query until a whole pass compiles fewer than --settle-methods methods: tiered compilation
    recompiles hot code in the background for a minute or more on a busy machine, and a query measured meanwhile
    pays for the JIT and runs partly unoptimised code. Bounded by --settle-max seconds; the result says whether
    it settled, so a report never hides that it measured a runtime still compiling.
    """
    started = time.monotonic()
    passes = []
    while True:
        before = jit_compiled_methods(server)
        for request_path in queries.values():
            wrk(args, server.url + "/graphql", request_path, args.settle_pass, workdir, server.pid)
        after = jit_compiled_methods(server)
        compiled = None if before is None or after is None else after - before
        passes.append(compiled)
        elapsed = time.monotonic() - started
        log(f"{mode}: settling pass {len(passes)}: {'?' if compiled is None else compiled} methods compiled ({elapsed:.0f} s)")
        settled = compiled is not None and compiled < args.settle_methods
        if settled or elapsed >= args.settle_max:
            return {"settled": settled if compiled is not None else None, "seconds": round(elapsed), "methods_per_pass": passes,
                    "jit_methods_at_measurement": after}


def run_ceiling(args, ceiling_dll, bodies, queries, workdir):
    first = next(iter(queries))

    def answers(url):
        # The ceiling has no readiness endpoint: answering the first query is its readiness.
        return sample(f"{url}/{first}", queries[first], os.path.join(workdir, "ceiling.headers"), os.path.join(workdir, "ceiling.body"))["status"] == 200

    server = Server("ceiling", ["dotnet", ceiling_dll, bodies], workdir, answers, env={"ASPNETCORE_ENVIRONMENT": "Production"})
    try:
        ceiling_expected = {}
        for name, request_path in queries.items():
            s = sample(f"{server.url}/{name}", request_path, os.path.join(workdir, f"{name}.ceiling.headers"), os.path.join(workdir, f"{name}.ceiling.json"))
            if s["problems"]:
                raise RuntimeError(f"ceiling {name}: {'; '.join(s['problems'])}")
            ceiling_expected[name] = s["response_bytes"]
        results = measure_queries(args, "ceiling", server, queries, workdir, lambda name: f"/{name}", ceiling_expected)
        for name in queries:
            results[name]["body_bytes"] = os.path.getsize(os.path.join(bodies, f"{name}.json"))
        return results
    finally:
        server.stop()


def timed_load(api_dll, seed_dir, data_dir, workdir, label):
    """`kenpograph load` under /usr/bin/time -v: wall time, peak RSS, and the row counts it printed."""
    time_file = os.path.join(workdir, f"{label}.time")
    load_before = loadavg()
    busy0, total0 = busy_jiffies()
    run = subprocess.run(["/usr/bin/time", "-v", "-o", time_file, "dotnet", api_dll, "load", seed_dir, f"--Warehouse:DataDirectory={data_dir}"],
                         capture_output=True, text=True, env=dict(os.environ, ASPNETCORE_ENVIRONMENT="Production"))
    busy1, total1 = busy_jiffies()
    if run.returncode != 0:
        raise RuntimeError(f"load of {seed_dir} failed ({run.returncode}):\n{run.stdout[-2000:]}\n{run.stderr[-4000:]}")
    with open(time_file) as f:
        timing = f.read()

    def field(pattern):
        return re.search(pattern, timing).group(1)

    wall = field(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)")
    parts = [float(p) for p in wall.split(":")]
    seconds = parts[-1] + 60 * parts[-2] + (3600 * parts[-3] if len(parts) == 3 else 0)
    user, system = float(field(r"User time \(seconds\): (\S+)")), float(field(r"System time \(seconds\): (\S+)"))
    counts = json.loads(run.stdout[run.stdout.index("{"):run.stdout.rindex("}") + 1])
    rows = counts["fact_observation"]
    cores = os.cpu_count()
    other = max(0.0, (busy1 - busy0) / CLK_TCK - user - system) / ((total1 - total0) / cores / CLK_TCK * cores)
    return {
        "fact_rows": rows, "rollup_rows": counts["fact_rollup"], "measures": counts["dim_measure"],
        "wall_seconds": round(seconds, 2), "cpu_seconds": round(user + system, 2), "user_seconds": user, "system_seconds": system,
        "fact_rows_per_second": round(rows / seconds), "fact_rows_per_cpu_second": round(rows / (user + system)),
        "peak_rss_mb": round(int(field(r"Maximum resident set size \(kbytes\): (\d+)")) / 1024, 1),
        "loadavg_before": load_before, "loadavg_after": loadavg(),
        "other_cpu_percent_of_machine": round(100 * other, 1),
    }


def count_values(node):
    """Values in an answer: every field and every list item, as GraphQL.NET resolves and serialises them."""
    if isinstance(node, dict):
        return sum(1 + count_values(v) for v in node.values())
    if isinstance(node, list):
        return sum(1 + count_values(v) for v in node)
    return 0


def answer_values(bodies, name):
    with open(os.path.join(bodies, f"{name}.json"), encoding="utf-8") as f:
        return count_values(json.load(f).get("data"))


def api_server(name, api_dll, data_dir, workdir, extra=()):
    """The API as the cold mode runs it (response cache off, production settings)."""
    return Server(name, ["dotnet", api_dll, "serve", f"--Warehouse:DataDirectory={data_dir}", "--Caching:Responses=false",
                         "--Auth:AnonymousScopes=Kenpo.Read,Kenpo.Admin", "--Limits:RateLimit:PermitLimit=0", *extra],
                  workdir, ready_at("/readyz"), env={"ASPNETCORE_ENVIRONMENT": "Production", "DOTNET_CLI_TELEMETRY_OPTOUT": "1"})


def reads_from_memory(server):
    """kenpograph_warehouse_reads_total{source="read_model"} from /metrics; None for a build without a read model."""
    with urllib.request.urlopen(server.url + "/metrics", timeout=10) as r:
        lines = [l for l in r.read().decode().splitlines() if l.startswith("kenpograph_warehouse_reads_total")]
    return sum(int(float(l.rsplit(" ", 1)[1])) for l in lines if 'source="read_model"' in l) if lines else None


def post(server, request_path):
    with open(request_path, "rb") as f:
        request = urllib.request.Request(server.url + "/graphql", data=f.read(), method="POST",
                                         headers={"Content-Type": "application/json", "Accept": "application/graphql-response+json"})
    with urllib.request.urlopen(request, timeout=60) as r:
        return json.loads(r.read())


def run_republish(args, api_dll, data_dir, queries, workdir, name="a-national-rollup"):
    """
    Publishing while serving: a cold server answers one query in one-second wrk slices while `kenpograph load` publishes a
    new version (山梨's English name changed); each slice records rps, p99, server CPU per request and the version a
    request after it was answered from.
    """
    seed = os.path.join(workdir, "seed-republish")
    shutil.copytree(os.path.join(REPO, "db", "seed"), seed)
    units = os.path.join(seed, "org_units.csv")
    with open(units, encoding="utf-8") as f:
        lines = f.read().split("\n")
    lines = ["19,BRANCH,山梨,Yamanashi,全国健康保険協会山梨支部,Yamanashi Branch (republished by bench)" if l.startswith("19,") else l for l in lines]
    with open(units, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    server = api_server("api-republish", api_dll, data_dir, workdir)
    try:
        request_path = queries[name]
        # Warmed up as the cold mode is, so the slices before the load show the steady state.
        wrk(args, server.url + "/graphql", request_path, 2 * args.warmup, workdir, server.pid)
        slices, load, started = [], None, time.time()
        while True:
            elapsed = time.time() - started
            if load is None and elapsed >= 3:
                load = subprocess.Popen(["dotnet", api_dll, "load", seed, f"--Warehouse:DataDirectory={data_dir}"], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, env=dict(os.environ, ASPNETCORE_ENVIRONMENT="Production"))
                load_started = elapsed
            figures = wrk(args, server.url + "/graphql", request_path, 1, workdir, server.pid)
            version = post(server, request_path).get("extensions", {}).get("dataVersion")
            slices.append({"second": round(elapsed, 1), "rps": figures["rps"], "p99_ms": ms(figures["p99_us"]), "errors": figures["error_count"],
                           "server_cpu_ms_per_request": figures["server_cpu_ms_per_request"], "data_version": version,
                           "loading": load is not None and load.poll() is None})
            if load is not None and load.poll() is not None and not hasattr(load, "finished_at"):
                load.finished_at = elapsed
            if load is not None and hasattr(load, "finished_at") and elapsed - load.finished_at > 8:
                break
            if elapsed > 300:
                break
        return {"query": name, "slices": slices, "load_started_s": round(load_started, 1),
                "load_exit": load.returncode, "load_seconds": round(load.finished_at - load_started, 1)}
    finally:
        server.stop()


def run_scaled(args, api_dll, data_dir, queries, workdir, in_memory):
    """
    The ×scale warehouse served cold: by SQL (ReadModel:MaxRows declines it, the default) or held in memory (MaxRows raised
    above its size). Waits for the read model before measuring (reported as the build time); peak memory of the process.
    """
    extra = ["--ReadModel:MaxRows=100000000"] if in_memory else []
    label = "memory" if in_memory else "sql"
    server = api_server(f"api-scaled-{label}", api_dll, data_dir, workdir, extra)
    try:
        memory = MemorySampler(server.pid)
        memory.start()
        names = [n for n in ("a-national-rollup", "b-branch-facts", "f-aggregate-by-region") if n in queries]
        started, built = time.time(), None
        if in_memory:
            post(server, queries[names[0]])
            # The /metrics scrape is cached for a moment: each reading waits past it.
            time.sleep(1.5)
            if reads_from_memory(server) is None:
                return None  # an API without a read model: nothing to hold in memory
            while time.time() - started < 600:
                before = reads_from_memory(server)
                post(server, queries[names[0]])
                time.sleep(1.5)
                if (reads_from_memory(server) or 0) > before:
                    built = round(time.time() - started, 1)
                    break
                time.sleep(1)
        results = {}
        for name in names:
            wrk(args, server.url + "/graphql", queries[name], 5, workdir, server.pid)
            figures = wrk(args, server.url + "/graphql", queries[name], 10, workdir, server.pid)
            results[name] = {"rps": figures["rps"], "p99_ms": ms(figures["p99_us"]), "errors": figures["error_count"],
                             "server_cpu_ms_per_request": figures["server_cpu_ms_per_request"]}
            log(f"scaled ({label}) {name}: {figures['rps']:.1f} rps, {figures['server_cpu_ms_per_request']} ms CPU per request")
        memory.stop()
        return {"source": label, "read_model_ready_s": built, "queries": results, "vm_hwm_mb": round(status_kb(server.pid, "VmHWM") / 1024, 1)}
    finally:
        server.stop()


def main():
    # A stopped run still stops the servers it started (the finally blocks run on SystemExit).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--api-dll", required=True)
    parser.add_argument("--ceiling-dll", required=True)
    parser.add_argument("--connections", type=int, default=int(os.environ.get("BENCH_CONNECTIONS", 32)))
    parser.add_argument("--threads", type=int, default=int(os.environ.get("BENCH_THREADS", 2)))
    parser.add_argument("--warmup", type=int, default=int(os.environ.get("BENCH_WARMUP", 10)))
    parser.add_argument("--duration", type=int, default=int(os.environ.get("BENCH_DURATION", 15)))
    parser.add_argument("--settle-pass", type=int, default=int(os.environ.get("BENCH_SETTLE_PASS", 3)), help="seconds per query of a settling pass")
    parser.add_argument("--settle-methods", type=int, default=int(os.environ.get("BENCH_SETTLE_METHODS", 25)),
                        help="settled: a whole pass JIT-compiles fewer methods than this")
    parser.add_argument("--settle-max", type=int, default=int(os.environ.get("BENCH_SETTLE_MAX", 300)), help="give up settling after this many seconds")
    parser.add_argument("--scale", type=int, default=int(os.environ.get("BENCH_SCALE", 100)), help="loader: × the shipped fact rows (0 skips)")
    parser.add_argument("--quiet-wait-minutes", type=float, default=float(os.environ.get("BENCH_QUIET_WAIT_MINUTES", 0)))
    parser.add_argument("--quiet-load", type=float, default=float(os.environ.get("BENCH_QUIET_LOAD", 1.5)))
    parser.add_argument("--only", default=os.environ.get("BENCH_ONLY", ""), help="comma-separated query names (default: all)")
    parser.add_argument("--results", default=os.path.join(HERE, "results"))
    parser.add_argument("--tag", default=os.environ.get("BENCH_TAG", ""), help="suffix of the results file name")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    args.api_dll, args.ceiling_dll = os.path.abspath(args.api_dll), os.path.abspath(args.ceiling_dll)

    queries_dir = os.path.join(HERE, "queries")
    names = sorted(os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(queries_dir, "*.graphql")))
    if args.only:
        names = [n for n in names if n in args.only.split(",")]
    workdir = tempfile.mkdtemp(prefix="kenpograph-bench-")
    log(f"working in {workdir} (a private warehouse; the user's is never touched)")
    started = datetime.datetime.now(datetime.timezone.utc)
    try:
        queries = {}
        for name in names:
            with open(os.path.join(queries_dir, f"{name}.graphql"), encoding="utf-8") as f:
                text = f.read()
            path = os.path.join(workdir, f"{name}.request.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump({"query": text}, f, ensure_ascii=False)
            queries[name] = path

        quiet, quiet_readings = (None, [])
        if args.quiet_wait_minutes > 0:
            quiet, quiet_readings = wait_until_quiet(args.quiet_wait_minutes, args.quiet_load)
        load_at_start = loadavg()

        data_dir = os.path.join(workdir, "warehouse")
        log("loading the shipped seed into the private warehouse")
        shipped_load = timed_load(args.api_dll, os.path.join(REPO, "db", "seed"), data_dir, workdir, "load-shipped")

        api, memory, settling = {}, {}, {}
        bodies = None
        for mode in ("cold", "warm"):
            log(f"API, response cache {'off' if mode == 'cold' else 'on'} ({mode})")
            api[mode], memory[mode], mode_bodies, settling[mode] = run_api_mode(args, mode, args.api_dll, data_dir, queries, workdir)
            bodies = bodies or mode_bodies
        log("ceiling: bench/Ceiling answering the same bytes")
        ceiling = run_ceiling(args, args.ceiling_dll, bodies, queries, workdir)

        republish = None
        if os.environ.get("BENCH_REPUBLISH", "1") != "0" and "a-national-rollup" in queries:
            log("publishing while serving: a-national-rollup in one-second slices while kenpograph load publishes version 2")
            republish = run_republish(args, args.api_dll, data_dir, queries, workdir)

        loader, scaled_serving = None, None
        if args.scale > 0:
            scaled = os.path.join(workdir, f"seed-x{args.scale}")
            log(f"loader: generating a ×{args.scale} seed folder")
            scale_seed.scale(os.path.join(REPO, "db", "seed"), scaled, args.scale)
            log("loader: kenpograph load (validate, roll up, write SQLite)")
            loader = timed_load(args.api_dll, scaled, os.path.join(workdir, "warehouse-scaled"), workdir, "load-scaled")
            loader["scale"] = args.scale
            shutil.rmtree(scaled, ignore_errors=True)
            if os.environ.get("BENCH_SCALED_SERVE", "1") != "0":
                scaled_serving = []
                for in_memory in (False, True):
                    log(f"serving the ×{args.scale} warehouse ({'read model held in memory' if in_memory else 'SQL: ReadModel:MaxRows declines it'})")
                    if (figures := run_scaled(args, args.api_dll, os.path.join(workdir, "warehouse-scaled"), queries, workdir, in_memory)) is not None:
                        scaled_serving.append(figures)

        finished = datetime.datetime.now(datetime.timezone.utc)
        report = {
            "date": started.isoformat(timespec="seconds"), "finished": finished.isoformat(timespec="seconds"),
            "commit": git("rev-parse", "--short=12", "HEAD"), "dirty": bool(git("status", "--porcelain", "--untracked-files=no")),
            "branch": git("rev-parse", "--abbrev-ref", "HEAD"), "machine": machine(),
            "settings": {"api_dll": os.path.relpath(args.api_dll, REPO) if args.api_dll.startswith(REPO) else args.api_dll, "connections": args.connections, "wrk_threads": args.threads, "warmup_seconds": args.warmup,
                         "duration_seconds": args.duration, "scale": args.scale},
            "quiet": {"waited_minutes_max": args.quiet_wait_minutes, "threshold": args.quiet_load, "reached": quiet, "readings": quiet_readings},
            "loadavg_at_start": load_at_start, "loadavg_at_end": loadavg(),
            "queries": {n: {"ceiling": ceiling[n], "cold": api["cold"][n], "warm": api["warm"][n]} for n in names},
            "memory": memory, "settling": settling, "shipped_load": shipped_load, "loader": loader,
            "values": {n: answer_values(bodies, n) for n in names}, "republish": republish, "scaled_serving": scaled_serving,
        }
        write_results(report, args)
    finally:
        if args.keep:
            log(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


TARGETS = {"warm_ratio": 0.5, "cold_ratio": 0.10, "cold_p99_ms": 20.0, "loader_rows_per_second": 100_000, "memory_mb": 300}


def write_results(report, args):
    os.makedirs(args.results, exist_ok=True)
    stamp = report["date"][:16].replace(":", "")
    base = os.path.join(args.results, f"{stamp}-{report['commit'][:8]}{'-' + args.tag if args.tag else ''}")
    with open(base + ".json", "w", encoding="utf-8") as f:
        json.dump(report, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(base + ".md", "w", encoding="utf-8") as f:
        f.write(markdown(report))
    log(f"results: {base}.md and .json")
    print(markdown(report))


def cpu_ratio(ceiling, api):
    return ceiling["server_cpu_ms_per_request"] / api["server_cpu_ms_per_request"]


def ms(us):
    return f"{us / 1000:.2f}"


def markdown(r):
    s, m = r["settings"], r["machine"]
    lines = [
        f"# KenpoGraph benchmark {r['date']}",
        "",
        f"- commit `{r['commit']}`{' (with uncommitted changes)' if r['dirty'] else ''} on `{r['branch']}`; API measured: `{s['api_dll']}`",
        f"- machine: {m['cores']} cores ({m['cpu']}), {m['memory_gib']} GiB, Linux {m['kernel']}, .NET SDK {m['dotnet_sdk']}, {m['wrk']}",
        f"- load generator: wrk, {s['wrk_threads']} threads, {s['connections']} connections; per API mode a start-up pass of "
        f"{s['warmup_seconds']} s per query, then per query {s['warmup_seconds']} s warm-up + {s['duration_seconds']} s measured, POST with `Accept: {GRAPHQL_RESPONSE}`",
        f"- load average at start {fmt_load(r['loadavg_at_start'])}, at end {fmt_load(r['loadavg_at_end'])}"
        + quiet_note(r["quiet"]),
        "",
        "## Queries",
        "",
        "rps = requests per second; p50/p99 in ms; ratio = rps ÷ the ceiling's rps for the same response bytes. "
        "Cold: `Caching:Responses=false` (every request executes); warm: the response cache on (the default). "
        "CPU ratio = the ceiling's server CPU per request ÷ the API's: the share of the ceiling's throughput the API "
        "reaches for the same CPU, which other work on a shared machine does not move the way it moves rps.",
        "",
        "| query | body bytes | ceiling rps | cold rps | cold p50 | cold p99 | cold ratio | cold CPU ratio | warm rps | warm p50 | warm p99 | warm ratio | warm CPU ratio | errors |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, q in r["queries"].items():
        c, cold, warm = q["ceiling"], q["cold"], q["warm"]
        errors = sum(x["error_count"] for x in (c, cold, warm)) + sum(bool(x["size_mismatch"]) for x in (c, cold, warm)) \
            + sum(bool(x.get("sample_after_problems")) for x in (cold, warm))
        lines.append(
            f"| {name} | {c['body_bytes']:,} | {c['rps']:,.0f} | {cold['rps']:,.0f} | {ms(cold['p50_us'])} | {ms(cold['p99_us'])} | "
            f"{cold['rps'] / c['rps']:.1%} | {cpu_ratio(c, cold):.1%} | {warm['rps']:,.0f} | {ms(warm['p50_us'])} | {ms(warm['p99_us'])} | "
            f"{warm['rps'] / c['rps']:.1%} | {cpu_ratio(c, warm):.1%} | {errors} |")
    lines += [
        "",
        "Errors counts wrk's socket and non-2xx errors plus any run whose average response size differed from the checked sample "
        "(each query's sample was a 200 with `data` and no `errors` before and after its run).",
        "",
        "Machine during each measured run (other CPU = share of all cores used by processes other than the server and wrk):",
        "",
        "| query | mode | server CPU ms per request | server CPU % | wrk CPU % | other CPU % | load avg before → after |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    for name, q in r["queries"].items():
        for mode in ("ceiling", "cold", "warm"):
            x = q[mode]
            lines.append(f"| {name} | {mode} | {x['server_cpu_ms_per_request']:.3f} | {x['server_cpu_percent']} | {x['wrk_cpu_percent']} | {x['other_cpu_percent_of_machine']} | "
                         f"{x['loadavg_before'][0]:.2f} → {x['loadavg_after'][0]:.2f} |")
    lines += ["", "JIT before measuring (passes over every query until one compiles fewer than the threshold; "
              "methods compiled while each query was measured):", ""]
    for mode in ("cold", "warm"):
        x = r.get("settling", {}).get(mode)
        if x:
            during = ", ".join(f"{n} {q[mode].get('jit_methods_compiled_during_run', '?')}" for n, q in r["queries"].items())
            state = {True: "settled", False: "**did not settle**", None: "unknown (this build publishes no runtime metrics): passes ran"}[x["settled"]]
            lines.append(f"- {mode}: {state} after {x['seconds']} s "
                         f"(methods compiled per pass: {', '.join('?' if n is None else str(n) for n in x['methods_per_pass'])}); during the measured runs: {during}")
    mem = r["memory"]
    lines += [
        "",
        "## Memory of the API process",
        "",
        "| mode | RSS after start (MB) | peak RSS, kernel VmHWM (MB) | peak RSS sampled every 200 ms (MB) | RSS at the end (MB) |",
        "|---|---:|---:|---:|---:|",
    ]
    for mode in ("cold", "warm"):
        x = mem[mode]
        lines.append(f"| {mode} | {x['rss_after_start_mb']} | {x['vm_hwm_mb']} | {x['peak_rss_sampled_mb']} | {x['rss_end_mb']} |")
    lines += ["", "## Loader", "", "| input | fact rows | roll-up rows | wall s | CPU s | fact rows/s | fact rows per CPU s | peak RSS (MB) | other CPU % | load avg before → after |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for label, x in (("shipped db/seed", r["shipped_load"]), (f"×{r['loader']['scale']} (bench/scale_seed.py)" if r["loader"] else None, r["loader"])):
        if x:
            lines.append(f"| {label} | {x['fact_rows']:,} | {x['rollup_rows']:,} | {x['wall_seconds']} | {x['cpu_seconds']} | {x['fact_rows_per_second']:,} | "
                         f"{x['fact_rows_per_cpu_second']:,} | {x['peak_rss_mb']} | {x['other_cpu_percent_of_machine']} | "
                         f"{x['loadavg_before'][0]:.2f} → {x['loadavg_after'][0]:.2f} |")
    if r.get("values"):
        lines += ["", "## Per value: what execution costs beyond a cache hit", "",
                  "values = fields and list items in the answer (what GraphQL.NET resolves, completes and serialises); "
                  "µs per value = (cold − warm server CPU per request) ÷ values: the execution's share, the HTTP stack, parsing, "
                  "the cache key and the audit line being in both.", "",
                  "| query | values | cold CPU ms | warm CPU ms | µs per value |", "|---|---:|---:|---:|---:|"]
        for name, q in r["queries"].items():
            values = r["values"].get(name, 0)
            cold, warm = q["cold"]["server_cpu_ms_per_request"], q["warm"]["server_cpu_ms_per_request"]
            lines.append(f"| {name} | {values:,} | {cold:.3f} | {warm:.3f} | {1000 * (cold - warm) / max(1, values):.2f} |")
    if r.get("republish"):
        x = r["republish"]
        lines += ["", "## Publishing while serving", "",
                  f"`{x['query']}` cold, in one-second wrk slices; `kenpograph load` started at {x['load_started_s']} s and published version 2 "
                  f"after {x['load_seconds']} s (exit {x['load_exit']}). data version = the version a request right after the slice was answered from.", "",
                  "| second | loading | data version | rps | p99 ms | server CPU ms per request | errors |", "|---:|---|---:|---:|---:|---:|---:|"]
        for sl in x["slices"]:
            lines.append(f"| {sl['second']} | {'yes' if sl['loading'] else ''} | {sl['data_version']} | {sl['rps']:,.0f} | {sl['p99_ms']} | "
                         f"{sl['server_cpu_ms_per_request']:.3f} | {sl['errors']} |")
    if r.get("scaled_serving"):
        lines += ["", f"## Serving the ×{r['loader']['scale']} warehouse (cold)", "",
                  "sql: the read model declines a version over ReadModel:MaxRows (the default), SQL serves it; memory: MaxRows raised, "
                  "the version held in memory (ready after the seconds given).", "",
                  "| source | read model ready after s | query | rps | p99 ms | server CPU ms per request | errors | peak RSS, VmHWM (MB) |",
                  "|---|---:|---|---:|---:|---:|---:|---:|"]
        for x in r["scaled_serving"]:
            for name, q in x["queries"].items():
                lines.append(f"| {x['source']} | {x['read_model_ready_s'] if x['read_model_ready_s'] is not None else ''} | {name} | {q['rps']:,.1f} | "
                             f"{q['p99_ms']} | {q['server_cpu_ms_per_request']:.3f} | {q['errors']} | {x['vm_hwm_mb']} |")
    lines += ["", "## Against the targets", ""]
    lines += targets(r)
    lines.append("")
    return "\n".join(lines)


def fmt_load(values):
    return " / ".join(f"{v:.2f}" for v in values) + " (1/5/15 min)"


def quiet_note(q):
    if not q["waited_minutes_max"]:
        return "; no wait for a quiet machine was asked for"
    if q["reached"]:
        return f"; waited for the 1-minute load average to fall below {q['threshold']} (readings {', '.join(f'{x:.2f}' for x in q['readings'])})"
    return (f"; **the machine never got quiet**: the 1-minute load average stayed ≥ {q['threshold']} for {q['waited_minutes_max']} min "
            f"(readings {', '.join(f'{x:.2f}' for x in q['readings'])}), so these figures are taken on a shared, busy machine")


def targets(r):
    out = []
    for name, q in r["queries"].items():
        c, cold, warm = q["ceiling"], q["cold"], q["warm"]
        wr, cr, p99 = warm["rps"] / c["rps"], cold["rps"] / c["rps"], cold["p99_us"] / 1000
        wc, cc = cpu_ratio(c, warm), cpu_ratio(c, cold)
        out.append(f"- {name}: warm {wr:.0%} of the ceiling by rps, {wc:.0%} by CPU ({'meets' if min(wr, wc) >= TARGETS['warm_ratio'] else 'meets by one measure only' if max(wr, wc) >= TARGETS['warm_ratio'] else 'misses'} ≥ 50 %); "
                   f"cold {cr:.1%} by rps, {cc:.1%} by CPU ({'meets' if min(cr, cc) >= TARGETS['cold_ratio'] else 'misses'} ≥ 10 %), "
                   f"cold p99 {p99:.1f} ms ({'meets' if p99 < TARGETS['cold_p99_ms'] else 'misses'} < 20 ms)")
    peak = max(r["memory"][m]["vm_hwm_mb"] for m in ("cold", "warm"))
    out.append(f"- API peak resident memory {peak} MB ({'meets' if peak < TARGETS['memory_mb'] else 'misses'} < 300 MB)")
    if r["loader"]:
        rate = r["loader"]["fact_rows_per_second"]
        out.append(f"- loader {rate:,} fact rows/s ({'meets' if rate >= TARGETS['loader_rows_per_second'] else 'misses'} ≥ 100,000)")
    return out


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--markdown":
        # Rewrites the .md beside a results .json (e.g. after this report gained a column).
        with open(sys.argv[2], encoding="utf-8") as f:
            saved = json.load(f)
        with open(sys.argv[2][:-len(".json")] + ".md", "w", encoding="utf-8") as f:
            f.write(markdown(saved))
    else:
        main()
