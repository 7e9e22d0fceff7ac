"""Subscription soak: N open dashboards on one instance (bash bench/soak-subscriptions).

Serves a private copy of the shipped seed, opens N graphql-transport-ws subscriptions to dataVersionPublished
(tests/e2e/soak-subscriptions.mjs), reads the server's resident memory before and with them, publishes a changed seed
with a real `kenpograph load`, and measures the time from the load's end to the first and the last event. Writes
bench/results/<date>-<commit>-subscriptions.md and .json.
"""
import argparse
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

from bench import HERE, REPO, Server, git, loadavg, log, ready_at, status_kb


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--api-dll", required=True)
    parser.add_argument("--subscribers", type=int, default=int(os.environ.get("SOAK_SUBSCRIBERS", 1000)))
    parser.add_argument("--poll-ms", type=int, default=int(os.environ.get("SOAK_POLL_MS", 1000)))
    parser.add_argument("--results", default=os.path.join(HERE, "results"))
    args = parser.parse_args()
    args.api_dll = os.path.abspath(args.api_dll)
    workdir = tempfile.mkdtemp(prefix="kenpograph-soak-")
    seed = os.path.join(workdir, "seed")
    shutil.copytree(os.path.join(REPO, "db", "seed"), seed)
    data_dir = os.path.join(workdir, "warehouse")
    env = {"ASPNETCORE_ENVIRONMENT": "Production", "DOTNET_CLI_TELEMETRY_OPTOUT": "1"}
    subprocess.run(["dotnet", args.api_dll, "load", seed, f"--Warehouse:DataDirectory={data_dir}"], check=True, capture_output=True, env=dict(os.environ, **env))
    # One anonymous loopback client opens every socket: the per-client connection limit is raised for it.
    server = Server("api-soak", ["dotnet", args.api_dll, "serve", f"--Warehouse:DataDirectory={data_dir}", "--Auth:AnonymousScopes=Kenpo.Read",
                    "--Limits:RateLimit:PermitLimit=0", f"--Subscriptions:MaxConnectionsPerClient={args.subscribers + 10}",
                    f"--Subscriptions:PollIntervalMilliseconds={args.poll_ms}"], workdir, ready_at("/readyz"), env=env)
    try:
        rss_idle = status_kb(server.pid, "VmRSS")
        started = time.time()
        clients = subprocess.Popen(["node", os.path.join(REPO, "tests", "e2e", "soak-subscriptions.mjs"), server.url + "/graphql",
                                    str(args.subscribers), "1", "120"], stdout=subprocess.PIPE, text=True, cwd=os.path.join(REPO, "tests", "e2e"))
        ready = json.loads(clients.stdout.readline())
        connect_seconds = round(time.time() - started, 1)
        time.sleep(2)
        rss_subscribed = status_kb(server.pid, "VmRSS")
        log(f"{ready['ready']} subscribed in {connect_seconds} s; RSS {rss_idle // 1024} MB idle, {rss_subscribed // 1024} MB with them")
        # A changed figure: the steward's correction of one printed value, published by a real load.
        path = os.path.join(seed, "org_units.csv")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace("Yamanashi Branch", "Yamanashi Branch Office", 1))
        load = subprocess.run(["dotnet", args.api_dll, "load", seed, f"--Warehouse:DataDirectory={data_dir}"], capture_output=True, text=True, env=dict(os.environ, **env))
        published = time.time() * 1000
        if load.returncode != 0:
            raise RuntimeError(f"the load failed: {load.stdout[-1000:]} {load.stderr[-1000:]}")
        heard = json.loads(clients.stdout.readline())
        clients.wait(timeout=30)
        rss_peak = status_kb(server.pid, "VmHWM")
        result = {
            "when": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"), "commit": git("rev-parse", "--short", "HEAD"),
            "machine": f"{os.cpu_count()} cores, {os.uname().sysname} {os.uname().release}", "loadavg": loadavg(), "subscribers": args.subscribers, "subscribed": ready["ready"], "poll_ms": args.poll_ms,
            "connect_seconds": connect_seconds, "received": heard["received"], "closed": heard["closed"],
            "first_event_ms_after_publish": round(heard["first"] - published) if heard["received"] else None,
            "last_event_ms_after_publish": round(heard["last"] - published) if heard["received"] else None,
            "note": "event times are measured from the load command's exit; the publication commits shortly before it, so publish to event is a little longer",
            "rss_idle_mb": round(rss_idle / 1024, 1), "rss_subscribed_mb": round(rss_subscribed / 1024, 1),
            "kb_per_subscriber": round((rss_subscribed - rss_idle) / max(1, ready["ready"]), 1), "vm_hwm_mb": round(rss_peak / 1024, 1),
        }
    finally:
        server.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    os.makedirs(args.results, exist_ok=True)
    stem = os.path.join(args.results, f"{datetime.date.today().isoformat()}-{result['commit']}-subscriptions")
    with open(stem + ".json", "w") as f:
        json.dump(result, f, indent=2)
    with open(stem + ".md", "w") as f:
        f.write(f"# Subscription soak, {result['when']} ({result['commit']})\n\n"
                f"Machine: {result['machine']}; load average {result['loadavg']}. One instance (SQLite, shipped seed), "
                f"{result['subscribed']} graphql-transport-ws subscriptions to `dataVersionPublished` from one Node process, "
                f"poll interval {result['poll_ms']} ms; a real `kenpograph load` of a changed seed publishes.\n\n"
                "| figure | value |\n|---|---|\n"
                f"| subscribed | {result['subscribed']} of {result['subscribers']} (in {result['connect_seconds']} s) |\n"
                f"| events received | {result['received']} (sockets closed by the server: {result['closed']}) |\n"
                f"| `kenpograph load` returned → first event | {result['first_event_ms_after_publish']} ms |\n"
                f"| `kenpograph load` returned → last event | {result['last_event_ms_after_publish']} ms |\n"
                f"| resident memory idle → with the subscribers | {result['rss_idle_mb']} → {result['rss_subscribed_mb']} MB ({result['kb_per_subscriber']} KB each) |\n"
                f"| peak resident memory (VmHWM) | {result['vm_hwm_mb']} MB |\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    sys.exit(main())
