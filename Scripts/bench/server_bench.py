#!/usr/bin/env python3
"""`wflint server` under a scripted client (docs/performance.md, "Language server").

Times didChange -> publishDiagnostics on a 2 KB and a 200 KB YAML document
with the debounce at 0, so the time is the server's lint and publication
plus the pipe's round trip (an upper bound of the server's time), and reads
the server's resident memory after 100 and after 10,000 edits of one
document. A benchmark, not a test: it asserts nothing and prints a table.

usage: server_bench.py WFLINT [--edits N] [--samples N]
"""
import argparse
import json
import os
import pathlib
import shutil
import statistics
import subprocess
import tempfile
import time


class Client:
    def __init__(self, wflint, cwd):
        self.process = subprocess.Popen(
            [wflint, "server", "--debounce-ms", "0"], cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL)
        self.next_id = 0

    def send(self, message):
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def receive(self):
        length = None
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise SystemExit("server_bench.py: the server closed its output")
            if line == b"\r\n":
                return json.loads(self.process.stdout.read(length))
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)

    def request(self, method, params):
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        while "id" not in (message := self.receive()) or "method" in message:
            pass
        return message

    def published(self, uri, version):
        while True:
            message = self.receive()
            if message.get("method") == "textDocument/publishDiagnostics":
                params = message["params"]
                if params["uri"] == uri and params.get("version") == version:
                    return params["diagnostics"]

    def cpu_seconds(self):
        """The server's user and system CPU time so far: unlike wall time,
        not stretched by other processes on a busy machine."""
        fields = pathlib.Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def rss_kib(self):
        for line in pathlib.Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise SystemExit("server_bench.py: no VmRSS")

    def close(self):
        self.request("shutdown", None)
        self.send({"method": "exit"})
        self.process.wait()


def document(size):
    """A CreateWorkforce request of about `size` bytes: CIDRs and tags, one
    of them a typo, so every lint has findings to publish."""
    lines = ["WorkforceName: bench", "CognitoConfig: {UserPool: us-east-1_abc, ClientId: c}",
             "SourceIpConfig:", "  Cidrs:"]
    index = 0
    while sum(len(line) + 1 for line in lines) < size - 60:
        lines.append(f"    - 10.{index // 250 % 250}.{index % 250}.0/24")
        index += 1
    lines += ["Tags:", "  - Key: team", "    Valu: bench"]
    return "\n".join(lines) + "\n"


def time_changes(client, uri, text, samples):
    """Milliseconds from writing each didChange to reading its diagnostics."""
    times = []
    for version in range(2, samples + 2):
        edited = text.replace("bench\n", f"bench{version % 7}\n", 1)
        start = time.perf_counter()
        client.send({"method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": edited}]}})
        client.published(uri, version)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("wflint")
    parser.add_argument("--edits", type=int, default=10_000)
    parser.add_argument("--samples", type=int, default=200)
    arguments = parser.parse_args()
    arguments.wflint = os.path.abspath(arguments.wflint)  # the server runs in a folder of its own
    folder = pathlib.Path(tempfile.mkdtemp(prefix="wflint-server-bench-"))
    try:
        (folder / ".git").mkdir()
        client = Client(arguments.wflint, folder)
        client.request("initialize", {"capabilities": {}})
        client.send({"method": "initialized", "params": {}})
        rows = []
        for size in [2 * 1024, 200 * 1024]:
            uri = (folder / f"doc-{size}.yaml").as_uri()
            text = document(size)
            client.send({"method": "textDocument/didOpen", "params": {"textDocument": {
                "uri": uri, "languageId": "yaml", "version": 1, "text": text}}})
            client.published(uri, 1)
            cpu = client.cpu_seconds()
            times = sorted(time_changes(client, uri, text, arguments.samples))
            cpu = (client.cpu_seconds() - cpu) / arguments.samples * 1000
            rows.append((f"didChange -> publishDiagnostics, {len(text.encode()) / 1024:.0f} KB document",
                         f"median {statistics.median(times):.2f} ms, p90 {times[int(len(times) * 0.9)]:.2f} ms "
                         f"(wall); server CPU {cpu:.2f} ms an edit"))
        # Memory: one 2 KB document edited again and again (incremental edits).
        uri = (folder / "memory.yaml").as_uri()
        text = document(2 * 1024)
        client.send({"method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "yaml", "version": 1, "text": text}}})
        client.published(uri, 1)
        rss = {}
        for version in range(2, arguments.edits + 2):
            value = "bench" if version % 2 else "bench2"
            client.send({"method": "textDocument/didChange", "params": {
                "textDocument": {"uri": uri, "version": version}, "contentChanges": [{
                    "range": {"start": {"line": 0, "character": 15}, "end": {"line": 0, "character": 99}},
                    "text": value}]}})
            client.published(uri, version)
            if version - 1 in (100, arguments.edits):
                rss[version - 1] = client.rss_kib()
        rows.append((f"resident memory after 100 edits", f"{rss[100] / 1024:.1f} MiB"))
        rows.append((f"resident memory after {arguments.edits} edits",
                     f"{rss[arguments.edits] / 1024:.1f} MiB ({(rss[arguments.edits] / rss[100] - 1) * 100:+.1f} %)"))
        client.close()
        print("| measure | result |\n|---|---|")
        for name, value in rows:
            print(f"| {name} | {value} |")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
