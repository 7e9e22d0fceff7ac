#!/usr/bin/env python3
"""Loader benchmark across warehouse providers: `kenpograph load` into SQLite and into PostgreSQL (binary COPY).

    python3 bench/load_providers.py --api-dll <kenpograph.dll> [--scale 20]

For the shipped seed and a scaled copy of it (bench/scale_seed.py), each provider gets a fresh warehouse — SQLite a new
data directory, PostgreSQL a new database on a private cluster (initdb/pg_ctl from Debian's postgresql package in a
temporary folder, a free loopback port, trust authentication, fsync on as a real server has it) — and one load, timed
under /usr/bin/time -v (wall, CPU, peak RSS of the loader). Writes bench/results/<date>T<time>-<commit>-loaders.md and
.json. Standard library only; everything temporary is removed at the end.
"""
import argparse
import datetime
import glob
import json
import os
import pwd
import re
import shutil
import socket
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self, folder):
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        if not bins:
            sys.exit("load_providers: PostgreSQL is not installed (apt-get install postgresql)")
        self.bin = os.path.dirname(bins[-1])
        self.folder = folder
        self.data = os.path.join(folder, "data")
        self.port = free_port()
        self.as_postgres = os.geteuid() == 0
        os.makedirs(folder)
        if self.as_postgres:
            # initdb and the server refuse to run as root: the cluster is the postgres user's, in a folder it can reach.
            os.chmod(os.path.dirname(folder), 0o755)
            user = pwd.getpwnam("postgres")
            os.chown(folder, user.pw_uid, user.pw_gid)
        self.run("initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-instructions")
        self.run("pg_ctl", "-D", self.data, "-l", os.path.join(folder, "server.log"), "-w", "-o",
                 f"-p {self.port} -k {folder} -c listen_addresses=127.0.0.1", "start")

    def run(self, program, *args):
        command = [os.path.join(self.bin, program), *args]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)

    def create_database(self, name):
        subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-q", "-c",
                        f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'"], check=True)
        return f"Host=127.0.0.1;Port={self.port};Database={name};Username=postgres"

    def stop(self):
        self.run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")


def timed_load(dll, seed, settings, reports):
    command = ["/usr/bin/time", "-v", "dotnet", dll, "load", seed, f"--Warehouse:ReportDirectory={reports}", *settings]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"load failed ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    err = done.stderr

    def field(name):
        return re.search(rf"{re.escape(name)}: (.+)", err).group(1).strip()

    wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
    seconds = sum(float(part) * 60 ** i for i, part in enumerate(reversed(wall)))
    report = json.load(open(sorted(glob.glob(os.path.join(reports, "load-v*.json")))[-1], encoding="utf-8"))
    facts = report["rowCounts"].get("fact_observation", 0) + report["rowCounts"].get("fact_rollup", 0)
    return {
        "wall_s": round(seconds, 1),
        "cpu_s": round(float(field("User time (seconds)")) + float(field("System time (seconds)")), 1),
        "peak_rss_mib": round(int(field("Maximum resident set size (kbytes)")) / 1024),
        "fact_rows": facts,
        "rows": sum(report["rowCounts"].values()),
        "fact_rows_per_s": round(facts / seconds) if seconds else None,
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--api-dll", required=True)
    parser.add_argument("--scale", type=int, default=int(os.environ.get("BENCH_SCALE", "20")))
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="kenpograph-bench-loaders-")
    cluster = None
    try:
        scaled = os.path.join(work, f"seed-x{args.scale}")
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "scale_seed.py"), os.path.join(ROOT, "db", "seed"), scaled, str(args.scale)],
                       check=True, stdout=subprocess.DEVNULL)
        cluster = Cluster(os.path.join(work, "pg"))
        results = []
        for label, seed in [("x1", os.path.join(ROOT, "db", "seed")), (f"x{args.scale}", scaled)]:
            for provider in ["Sqlite", "PostgreSql"]:
                reports = os.path.join(work, f"reports-{label}-{provider}")
                if provider == "Sqlite":
                    settings = [f"--Warehouse:DataDirectory={os.path.join(work, f'data-{label}')}"]
                else:
                    connection = cluster.create_database(f"bench_{label}")
                    settings = ["--Warehouse:Provider=PostgreSql", f"--Warehouse:ConnectionString={connection}"]
                print(f"load_providers: {label} into {provider} …", flush=True)
                result = timed_load(args.api_dll, seed, settings, reports)
                result.update(seed=label, provider=provider)
                print(f"  {result}", flush=True)
                results.append(result)
        commit = subprocess.run(["git", "rev-parse", "--short=8", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        load = os.getloadavg()
        stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H%M")
        base = os.path.join(ROOT, "bench", "results", f"{stamp}-{commit}-loaders")
        json.dump({"commit": commit, "loadavg": load, "results": results}, open(base + ".json", "w"), indent=2)
        lines = [f"# Loader by provider, {stamp} UTC, commit {commit}", "",
                 f"Machine load average at the end: {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (2 cores).", "",
                 "| seed | provider | rows | fact rows | wall s | CPU s | fact rows/s | peak RSS MiB |", "|---|---|---|---|---|---|---|---|"]
        lines += [f"| {r['seed']} | {r['provider']} | {r['rows']:,} | {r['fact_rows']:,} | {r['wall_s']} | {r['cpu_s']} | {r['fact_rows_per_s']:,} | {r['peak_rss_mib']} |"
                  for r in results]
        open(base + ".md", "w").write("\n".join(lines) + "\n")
        print("\n".join(lines))
        print(f"load_providers: wrote {base}.md")
    finally:
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
