"""Performance benchmark: in-process throughput and latency, a plain-Stanza baseline, and the HTTP service.

    python bench/bench.py [--repeat 4] [--http-seconds 30] [--workers 1,2] [--clients 4] [--json FILE]

Workload: the sample articles (../shared/samples/*.txt) and a synthetic workload of the same articles
repeated `--repeat` times. Measures, in one run:

* in-process (one Parsers, QUOTES_* settings, torch threads as configured): `service.core.analyze` one
  article per call over the workload (articles/s, tokens/s, per-article latency p50/p95), the whole workload
  in one call (batch throughput), and the split between parsing (`parse_documents`) and `extract`;
* the baseline: the same Stanza pipeline object over each article's whole text as one document (no per-line
  split, no extraction), one article per call and the whole workload in one call, and our/baseline ratios;
* over HTTP: `quotes serve` with each `--workers` count on a free loopback port, `--clients` threads posting
  the samples to /v1/quotes for `--http-seconds`: requests/s, latency p50/p95, peak PSS per worker.

Progress goes to stderr; the final table to stdout (and, with --json, the numbers to a file). Timings are
printed, never asserted.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import platform
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_SAMPLES = ROOT.parent / "shared" / "samples"
LOADED_LOG_LINE = "pipelines loaded"  # service.nlp logs this once per process when its pipelines are ready


# -- pure helpers (tested in tests/bench/test_bench.py) ------------------------------------------------
@dataclass(frozen=True)
class Article:
    name: str
    text: str


def percentile(values: Iterable[float], q: float) -> float | None:
    """The q-th percentile (0..100) with linear interpolation between closest ranks; None when empty."""
    data = sorted(values)
    if not data:
        return None
    if not 0 <= q <= 100:
        raise ValueError(f"percentile {q} outside 0..100")
    pos = (len(data) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(data) - 1)
    return data[low] + (data[high] - data[low]) * (pos - low)


def load_samples(directory: Path) -> list[Article]:
    """The *.txt articles of a directory, sorted by name."""
    paths = sorted(directory.glob("*.txt"))
    if not paths:
        raise SystemExit(f"no *.txt samples in {directory}")
    return [Article(p.stem, p.read_text(encoding="utf-8")) for p in paths]


def build_workload(samples: Sequence[Article], repeat: int) -> list[Article]:
    """The samples repeated `repeat` times (round by round), each copy named `<name>#<round>`."""
    if repeat < 1:
        raise ValueError("repeat must be at least 1")
    return [Article(f"{a.name}#{r}", a.text) for r in range(repeat) for a in samples]


def rate(count: float, seconds: float) -> float | None:
    return count / seconds if seconds > 0 else None


def ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def latency_summary(seconds: Sequence[float]) -> dict[str, float | None]:
    """p50/p95/max/mean in milliseconds."""
    ms = [s * 1000 for s in seconds]
    return {"p50_ms": percentile(ms, 50), "p95_ms": percentile(ms, 95), "max_ms": max(ms, default=None),
            "mean_ms": sum(ms) / len(ms) if ms else None, "n": len(ms)}


def parse_pss_kb(smaps_rollup: str) -> int | None:
    """The `Pss:` line of /proc/<pid>/smaps_rollup, in kB."""
    for line in smaps_rollup.splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    return None


def count_tokens(doc: object) -> int:
    """Surface tokens of a parsed service Doc: its words share their token's span, so distinct spans."""
    return len({(w.start, w.end) for w in doc.words})  # type: ignore[attr-defined]


def fmt(value: object, digits: int = 2) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return str(value)


def render_table(title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain-text table: first column left-aligned, the others right-aligned."""
    cells = [[str(h) for h in header]] + [[fmt(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]

    def line(row: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths,
                                                                                               strict=True)))

    out = [title, line(cells[0]), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in cells[1:]]
    return "\n".join(out)


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# -- in-process -----------------------------------------------------------------------------------------
def _one_per_call(workload: Sequence[Article], call) -> tuple[float, list[float], list]:
    """`call` on each article in turn: (total seconds, per-call latencies, results)."""
    latencies: list[float] = []
    results = []
    t0 = time.perf_counter()
    for a in workload:
        s = time.perf_counter()
        results.append(call(a))
        latencies.append(time.perf_counter() - s)
    return time.perf_counter() - t0, latencies, results


def _baseline(pipeline, workload: Sequence[Article]) -> tuple[float, list[float], int, dict[str, float]]:
    """The full Stanza pipeline over whole articles: one per call (seconds, latencies, tokens), then all in one
    call timed per processor."""
    import stanza

    log(f"baseline: full Stanza pipeline, {len(workload)} whole articles, one per call")
    sequential_s, latencies, docs = _one_per_call(workload, lambda a: pipeline([stanza.Document([], text=a.text)]))
    tokens = sum(doc.num_tokens for [doc] in docs)
    # All in one call, one processor at a time: what pipeline(docs) does (Pipeline.process runs the processors
    # in order over the list; asking for tokenize brings mwt along), timed per processor.
    log(f"baseline: {len(workload)} whole articles in one call, per processor")
    stage_s: dict[str, float] = {}
    batch = [stanza.Document([], text=a.text) for a in workload]
    for stage in ("tokenize", "pos", "lemma", "depparse"):
        t0 = time.perf_counter()
        batch = pipeline.process(batch, processors=[stage])
        stage_s["tokenize+mwt" if stage == "tokenize" else stage] = time.perf_counter() - t0
    return sequential_s, latencies, tokens, stage_s


def run_inprocess(samples: list[Article], workload: list[Article], warmup: int) -> dict:
    import msgspec
    import stanza
    import torch

    from service.chars import stock_characters
    from service.core import analyze, parse_documents, parse_published_at
    from service.extract.pipeline import extract
    from service.lang import tables_for
    from service.lemmas import stock_lemmatizer
    from service.nlp import Parsers
    from service.schemas import QuoteRequest
    from service.settings import Settings
    from service.trees import stock_decoder

    settings = Settings.from_env()
    log(f"loading the pipelines from {settings.models_dir}")
    parsers = Parsers(settings)
    parsers.load()
    log(f"torch threads {parsers.torch_threads}")
    log(f"loaded in {parsers.load_seconds:.1f} s")
    pipeline = parsers._pipelines["fr"]
    tables = tables_for("fr")

    def request(a: Article) -> QuoteRequest:
        return QuoteRequest(text=a.text, language="fr", id=a.name)

    shortest = min(samples, key=lambda a: len(a.text))
    for _ in range(warmup):
        analyze(parsers, [request(shortest)])
        pipeline([stanza.Document([], text=shortest.text)])

    n = len(workload)
    chars = sum(len(a.text) for a in workload)

    # 1. analyze(), one article per call (what /v1/quotes does): throughput and per-article latency.
    log(f"analyze(): {n} articles, one per call")
    sequential_s, latencies, results = _one_per_call(workload, lambda a, p=parsers: analyze(p, [request(a)]))
    quotes = sum(len(res.quotes) for [res] in results)

    # 2. analyze(), the whole workload in one call (what /v1/quotes/batch does).
    log(f"analyze(): {n} articles in one call")
    t0 = time.perf_counter()
    analyze(parsers, [request(a) for a in workload])
    batch_s = time.perf_counter() - t0

    # 3. The split: parse_documents (one bulk call) vs extract (per document).
    log("split: parse_documents, then extract")
    t0 = time.perf_counter()
    docs = parse_documents(parsers, [a.text for a in workload], "fr")
    parse_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for d in docs:
        extract(d, tables, parse_published_at(None))
    extract_s = time.perf_counter() - t0
    tokens = sum(count_tokens(d) for d in docs)  # surface tokens of our parse, for tokens/s
    del docs

    # 4. Baseline: the same Stanza pipeline over each article's whole text as one document, with Stanza's own
    # parser inference, lemmatizer processing and character models (not the service's: service/trees.py,
    # lemmas.py, chars.py), and float weights as trained whatever QUOTES_QUANTIZE says.
    if settings.quantize != "none":
        plain = Parsers(msgspec.structs.replace(settings, quantize="none", languages=("fr",)))
        plain.load()
        pipeline = plain._pipelines["fr"]
        pipeline([stanza.Document([], text=shortest.text)])
    with stock_decoder(pipeline), stock_lemmatizer(pipeline), stock_characters(pipeline):
        base_sequential_s, base_latencies, base_tokens, stage_s = _baseline(pipeline, workload)
    base_batch_s = sum(stage_s.values())


    ours_aps = rate(n, sequential_s)
    ours_batch_aps = rate(n, batch_s)
    base_aps = rate(n, base_sequential_s)
    base_batch_aps = rate(n, base_batch_s)
    result = {
        "torch_threads": parsers.torch_threads,
        "quantize": settings.quantize,
        "torch_num_threads": torch.get_num_threads(),
        "load_seconds": parsers.load_seconds,
        "articles": n,
        "characters": chars,
        "tokens": tokens,
        "quotes_per_round": quotes / (n / len(samples)),
        "analyze_sequential": {"seconds": sequential_s, "articles_per_s": ours_aps,
                               "tokens_per_s": rate(tokens, sequential_s), "chars_per_s": rate(chars, sequential_s),
                               "latency": latency_summary(latencies)},
        "analyze_batch": {"seconds": batch_s, "articles_per_s": ours_batch_aps,
                          "tokens_per_s": rate(tokens, batch_s)},
        "split": {"parse_seconds": parse_s, "extract_seconds": extract_s,
                  "parse_share": ratio(parse_s, parse_s + extract_s),
                  "extract_ms_per_article": extract_s * 1000 / n},
        "baseline_sequential": {"seconds": base_sequential_s, "articles_per_s": base_aps,
                                "tokens_per_s": rate(base_tokens, base_sequential_s),
                                "latency": latency_summary(base_latencies)},
        "baseline_batch": {"seconds": base_batch_s, "articles_per_s": base_batch_aps,
                           "tokens_per_s": rate(base_tokens, base_batch_s), "processor_seconds": stage_s},
        "ratio_ours_over_baseline": {"sequential": ratio(ours_aps, base_aps),
                                     "batch": ratio(ours_batch_aps, base_batch_aps)},
    }
    del parsers, pipeline
    gc.collect()
    return result


# -- HTTP -------------------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def child_pids(pid: int) -> list[int]:
    """Direct children of a process: /proc/<pid>/task/*/children, else a scan of /proc/*/stat."""
    found: set[int] = set()
    tasks = list(Path(f"/proc/{pid}/task").glob("*/children"))
    for f in tasks:
        try:
            found.update(int(x) for x in f.read_text().split())
        except OSError:
            continue
    if tasks:
        return sorted(found)
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            # the command name (field 2) is parenthesised and may hold spaces: split after its closing ')'
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return sorted(found)


def pss_kb(pid: int) -> int | None:
    try:
        return parse_pss_kb(Path(f"/proc/{pid}/smaps_rollup").read_text())
    except OSError:
        return None


@dataclass
class MemorySampler:
    """Samples the PSS of the gunicorn master's children (the workers) until stopped; keeps each one's max."""

    master: int
    interval: float = 0.5
    peak_kb: dict[int, int] = field(default_factory=dict)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def sample(self) -> None:
        for pid in child_pids(self.master):
            kb = pss_kb(pid)
            if kb is not None and kb > self.peak_kb.get(pid, 0):
                self.peak_kb[pid] = kb

    def start(self) -> None:
        def loop() -> None:
            while not self._stop.is_set():
                self.sample()
                self._stop.wait(self.interval)

        self._thread = threading.Thread(target=loop, name="pss-sampler", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()


class Server:
    """`quotes serve` on a free loopback port; stdout (the JSON logs) and stderr go to files."""

    def __init__(self, workers: int, logdir: Path) -> None:
        self.workers = workers
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.stdout = logdir / f"serve-{workers}w.out"
        self.stderr = logdir / f"serve-{workers}w.err"
        env = dict(os.environ)
        env.pop("WEB_CONCURRENCY", None)
        with self.stdout.open("wb") as out, self.stderr.open("wb") as err:
            self.proc = subprocess.Popen(
                [str(Path(sys.executable).with_name("quotes")), "serve", "--host", "127.0.0.1",
                 "--port", str(self.port), "--workers", str(workers)],
                stdout=out, stderr=err, env=env, cwd=ROOT)

    def loaded_workers(self) -> int:
        try:
            return self.stdout.read_text(encoding="utf-8", errors="replace").count(LOADED_LOG_LINE)
        except OSError:
            return 0

    def wait_ready(self, timeout: float) -> float:
        """Until /readyz is 200 and every worker has logged its pipelines as loaded; returns the seconds."""
        import httpx

        start = time.monotonic()
        ready = False
        with httpx.Client(timeout=5) as client:
            while time.monotonic() - start < timeout:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"server exited with {self.proc.returncode}; see {self.stderr}")
                try:
                    ready = client.get(f"{self.url}/readyz").status_code == 200
                except httpx.HTTPError:
                    ready = False
                if ready and self.loaded_workers() >= self.workers:
                    return time.monotonic() - start
                time.sleep(0.5)
        if ready:
            log(f"warning: /readyz is 200 but only {self.loaded_workers()}/{self.workers} workers logged "
                f"'{LOADED_LOG_LINE}' after {timeout:.0f} s; measuring anyway (503s are counted as errors)")
            return time.monotonic() - start
        raise RuntimeError(f"not ready after {timeout:.0f} s; see {self.stdout} and {self.stderr}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=40)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def drive(url: str, payloads: Sequence[dict], clients: int, seconds: float, at_least: int = 0) -> dict:
    """`clients` threads, each with its own connection, posting payloads round-robin until the deadline
    (and each at least `at_least` times). The clock starts once every client is connected and ready."""
    import httpx

    counter = itertools.count()
    lock = threading.Lock()
    latencies: list[float] = []
    statuses: dict[str, int] = {}
    clock = {"start": 0.0, "deadline": 0.0}

    def start_clock() -> None:  # run by the barrier once, when every client has its connection pool
        clock["start"] = time.perf_counter()
        clock["deadline"] = clock["start"] + seconds

    barrier = threading.Barrier(clients, action=start_clock)

    def worker() -> None:
        with httpx.Client(timeout=180) as client:
            barrier.wait()
            sent = 0
            while sent < at_least or time.perf_counter() < clock["deadline"]:
                sent += 1
                payload = payloads[next(counter) % len(payloads)]
                s = time.perf_counter()
                try:
                    status = str(client.post(f"{url}/v1/quotes", json=payload).status_code)
                except httpx.HTTPError as exc:
                    status = type(exc).__name__
                elapsed = time.perf_counter() - s
                with lock:
                    statuses[status] = statuses.get(status, 0) + 1
                    if status == "200":
                        latencies.append(elapsed)

    threads = [threading.Thread(target=worker, name=f"client-{i}") for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # Until the last response: the requests in flight at the deadline keep the server busy until they finish.
    elapsed = time.perf_counter() - clock["start"]
    ok = statuses.get("200", 0)
    return {"seconds": elapsed, "requests_ok": ok, "errors": sum(statuses.values()) - ok, "statuses": statuses,
            "requests_per_s": rate(ok, elapsed), "latency": latency_summary(latencies)}


def run_http(samples: list[Article], workers: int, clients: int, seconds: float, ready_timeout: float,
             logdir: Path) -> dict:
    payloads = [{"text": a.text, "language": "fr", "id": a.name} for a in samples]
    log(f"HTTP: starting quotes serve with {workers} worker(s)")
    server = Server(workers, logdir)
    sampler = MemorySampler(server.proc.pid)
    sampler.start()
    try:
        ready_s = server.wait_ready(ready_timeout)
        log(f"HTTP: {workers} worker(s) ready in {ready_s:.1f} s on {server.url}; warming up")
        warm = drive(server.url, payloads[:1], clients=2 * workers, seconds=0, at_least=1)
        if warm["errors"]:
            log(f"HTTP: warm-up statuses {warm['statuses']}")
        log(f"HTTP: {clients} clients for {seconds:.0f} s")
        result = drive(server.url, payloads, clients=clients, seconds=seconds)
        sampler.sample()
    finally:
        sampler.stop()
        server.stop()
        log(f"HTTP: server with {workers} worker(s) stopped (exit {server.proc.returncode})")
    peaks = sorted(sampler.peak_kb.values(), reverse=True)
    result.update({
        "workers": workers, "clients": clients, "ready_seconds": ready_s,
        "worker_pss_peak_mb": [round(kb / 1024, 1) for kb in peaks],
        "max_worker_pss_mb": peaks[0] / 1024 if peaks else None,
    })
    log(f"HTTP {workers}w: {fmt(result['requests_per_s'])} req/s, p50 {fmt(result['latency']['p50_ms'], 0)} ms, "
        f"errors {result['errors']}, max worker PSS {fmt(result['max_worker_pss_mb'], 0)} MB")
    return result


# -- report -----------------------------------------------------------------------------------------------
def report(results: dict) -> str:
    parts = []
    w = results["workload"]
    parts.append(f"workload: {w['samples']} sample articles ({w['sample_chars']} chars), repeated {w['repeat']}x "
                 f"= {w['articles']} articles; machine: {results['machine']['cpus']} CPUs, "
                 f"{results['machine']['python']}")
    ip = results.get("inprocess")
    if ip:
        seq, bat, split = ip["analyze_sequential"], ip["analyze_batch"], ip["split"]
        bseq, bbat = ip["baseline_sequential"], ip["baseline_batch"]
        rows = [
            ["analyze(), 1 article/call", seq["articles_per_s"], seq["tokens_per_s"], seq["latency"]["p50_ms"],
             seq["latency"]["p95_ms"]],
            ["analyze(), all in 1 call", bat["articles_per_s"], bat["tokens_per_s"], None, None],
            ["baseline Stanza, 1 article/call", bseq["articles_per_s"], bseq["tokens_per_s"],
             bseq["latency"]["p50_ms"], bseq["latency"]["p95_ms"]],
            ["baseline Stanza, all in 1 call", bbat["articles_per_s"], bbat["tokens_per_s"], None, None],
        ]
        parts.append(render_table(
            f"in-process (torch threads {ip['torch_threads']}, weights {ip.get('quantize', 'none')}, "
            f"pipelines loaded in {ip['load_seconds']:.1f} s, "
            f"{ip['tokens']} tokens)",
            ["path", "articles/s", "tokens/s", "p50 ms", "p95 ms"], rows))
        r = ip["ratio_ours_over_baseline"]
        parts.append(
            f"ours/baseline articles/s: {fmt(r['sequential'])} (1 article/call), {fmt(r['batch'])} (all in 1 call)\n"
            "  (our path tags every sentence and dependency-parses only candidate sentences, QUOTES_PARSE_SCOPE;\n"
            "  the baseline tags and parses every sentence)\n"
            f"split (all in 1 call): parse {split['parse_seconds']:.2f} s, extract {split['extract_seconds']:.2f} s "
            f"-> parse {100 * (split['parse_share'] or 0):.1f} % "
            f"(extract {split['extract_ms_per_article']:.1f} ms/article)\n"
            "baseline per processor (all in 1 call): " + ", ".join(
                f"{k} {v:.2f} s ({100 * v / bbat['seconds']:.0f} %)" for k, v in bbat["processor_seconds"].items()))
    http = results.get("http")
    if http:
        rows = [[f"{h['workers']} worker(s), {h['clients']} clients", h["requests_per_s"], h["latency"]["p50_ms"],
                 h["latency"]["p95_ms"], h["requests_ok"], h["errors"], h["max_worker_pss_mb"]] for h in http["runs"]]
        parts.append(render_table(
            f"HTTP POST /v1/quotes ({http['seconds']:.0f} s per run, samples round-robin)",
            ["server", "req/s", "p50 ms", "p95 ms", "ok", "errors", "max PSS MB"], rows))
        if http.get("ratio_2w_over_1w") is not None:
            parts.append(f"2 workers / 1 worker req/s: {fmt(http['ratio_2w_over_1w'])}")
    return "\n\n".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--samples", type=Path, default=DEFAULT_SAMPLES, help="directory of *.txt articles")
    ap.add_argument("--repeat", type=int, default=4, help="copies of the samples in the synthetic workload")
    ap.add_argument("--warmup", type=int, default=1, help="untimed calls before the in-process measurements")
    ap.add_argument("--http-seconds", type=float, default=30.0, help="measured seconds per HTTP run (0: skip)")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts for the HTTP runs")
    ap.add_argument("--clients", type=int, default=4, help="concurrent HTTP client threads")
    ap.add_argument("--ready-timeout", type=float, default=120.0, help="seconds to wait for a server to be ready")
    ap.add_argument("--skip-inprocess", action="store_true")
    ap.add_argument("--json", type=Path, default=None, metavar="FILE", help="also write the numbers as JSON")
    args = ap.parse_args(argv)

    samples = load_samples(args.samples)
    workload = build_workload(samples, args.repeat)
    worker_counts = [int(x) for x in args.workers.split(",") if x.strip()]
    results: dict = {
        "workload": {"samples": len(samples), "sample_chars": sum(len(a.text) for a in samples),
                     "repeat": args.repeat, "articles": len(workload)},
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    log(f"{len(samples)} samples, workload of {len(workload)} articles")
    if not args.skip_inprocess:
        results["inprocess"] = run_inprocess(samples, workload, args.warmup)
    if args.http_seconds > 0 and worker_counts:
        runs = []
        with tempfile.TemporaryDirectory(prefix="quotes-bench-") as tmp:
            for n in worker_counts:
                try:
                    runs.append(run_http(samples, n, args.clients, args.http_seconds, args.ready_timeout, Path(tmp)))
                except RuntimeError as exc:
                    log(f"HTTP run with {n} worker(s) failed: {exc}")
                    for suffix in ("out", "err"):
                        tail = (Path(tmp) / f"serve-{n}w.{suffix}").read_text(errors="replace")[-2000:]
                        print(tail, file=sys.stderr)
        by_workers = {r["workers"]: r for r in runs}
        one, two = by_workers.get(1), by_workers.get(2)
        results["http"] = {"seconds": args.http_seconds, "runs": runs,
                           "ratio_2w_over_1w": ratio(two["requests_per_s"], one["requests_per_s"])
                           if one and two else None}
    table = report(results)
    print(table)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        log(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
