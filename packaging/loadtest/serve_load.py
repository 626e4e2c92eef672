#!/usr/bin/env python3
"""Load test for `qwendesk-cli serve` (stdlib only; results go into docs/loadtest.md).

Starts serve on the demo model (or uses --url), runs N concurrent clients that each send R streamed
requests, and checks that nothing is lost or crossed between clients: every request ends with
finish_reason and [DONE], every completion id is unique, and each reply's usage.prompt_tokens equals the
count for that client's own prompt (client i's prompts differ in length from every other client's, so a
reply delivered to the wrong client shows up). Prints requests completed, 429s, latency percentiles.

  python3 packaging/loadtest/serve_load.py --cli build/inference/qwendesk-cli --clients 8 --requests 5
"""
import argparse, http.client, json, re, statistics, subprocess, sys, threading, time

def percentile(values, p):
    values = sorted(values)
    if not values:
        return float("nan")
    k = (len(values) - 1) * p / 100.0
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)

def one_request(host, port, prompt, max_tokens):
    conn = http.client.HTTPConnection(host, port, timeout=300)
    body = json.dumps({"model": "demo", "messages": [{"role": "user", "content": prompt}], "stream": True,
                       "stream_options": {"include_usage": True}, "max_tokens": max_tokens, "ignore_eos": True,
                       "temperature": 0.7, "seed": 1})
    start = time.perf_counter()
    conn.request("POST", "/v1/chat/completions", body, {"Content-Type": "application/json"})
    resp = conn.getresponse()
    if resp.status != 200:
        resp.read()
        return {"status": resp.status, "latency": time.perf_counter() - start}
    ids, finish, usage, done, first = set(), None, None, False, None
    for raw in resp:
        line = raw.decode("utf-8").rstrip("\r\n")
        if not line.startswith("data: "):
            continue
        data = line[6:]
        if data == "[DONE]":
            done = True
            break
        chunk = json.loads(data)
        ids.add(chunk["id"])
        if first is None:
            first = time.perf_counter() - start
        for c in chunk.get("choices", []):
            finish = c.get("finish_reason") or finish
        usage = chunk.get("usage") or usage
    conn.close()
    return {"status": 200, "latency": time.perf_counter() - start, "ttfb": first, "ids": ids, "finish": finish,
            "usage": usage, "done": done}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", help="qwendesk-cli to start (serve --model demo)")
    ap.add_argument("--url", help="an already running server, e.g. http://127.0.0.1:8080")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--requests", type=int, default=5, help="per client")
    ap.add_argument("--max-tokens", type=int, default=32)
    ap.add_argument("--queue", type=int, default=16)
    args = ap.parse_args()

    proc = None
    if args.url:
        m = re.match(r"http://([^:/]+):(\d+)", args.url)
        host, port = m.group(1), int(m.group(2))
    else:
        proc = subprocess.Popen([args.cli, "serve", "--model", "demo", "--port", "0", "--queue", str(args.queue)],
                                stdout=subprocess.PIPE, text=True)
        line = proc.stdout.readline()
        m = re.search(r"http://([\d.]+):(\d+)/v1", line)
        host, port = m.group(1), int(m.group(2))

    # Prompt tokens per client, measured once alone (the chat template adds the same tokens to every prompt).
    prompts = [("word " * (3 * i + 1)).strip() for i in range(args.clients)]
    expected = [one_request(host, port, p, 1)["usage"]["prompt_tokens"] for p in prompts]
    assert len(set(expected)) == len(expected), "client prompts must differ in length"

    results = [[] for _ in range(args.clients)]
    def client(i):
        for _ in range(args.requests):
            results[i].append(one_request(host, port, prompts[i], args.max_tokens))
    t0 = time.perf_counter()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
    for t in threads: t.start()
    for t in threads: t.join()
    wall = time.perf_counter() - t0

    ok = [r for rs in results for r in rs if r["status"] == 200]
    busy = sum(1 for rs in results for r in rs if r["status"] == 429)
    other = sum(1 for rs in results for r in rs if r["status"] not in (200, 429))
    lost = sum(1 for r in ok if not r["done"] or r["finish"] is None or r["usage"] is None)
    crossed = sum(1 for i, rs in enumerate(results) for r in rs
                  if r["status"] == 200 and r["usage"] and r["usage"]["prompt_tokens"] != expected[i])
    all_ids = [next(iter(r["ids"])) for r in ok if len(r["ids"]) == 1]
    mixed_ids = sum(1 for r in ok if len(r["ids"]) != 1) + (len(all_ids) - len(set(all_ids)))
    lat = [r["latency"] for r in ok]
    ttfb = [r["ttfb"] for r in ok if r["ttfb"] is not None]
    tokens = sum(r["usage"]["completion_tokens"] for r in ok if r["usage"])
    print(f"clients {args.clients} x {args.requests} requests, max_tokens {args.max_tokens}, queue {args.queue}")
    print(f"completed {len(ok)}, 429 {busy}, other errors {other}, lost {lost}, crossed {crossed}, mixed ids {mixed_ids}")
    print(f"wall {wall:.2f} s, {len(ok) / wall:.2f} req/s, {tokens / wall:.1f} generated tok/s")
    print("latency s: p50 %.3f  p90 %.3f  p99 %.3f  max %.3f" % (percentile(lat, 50), percentile(lat, 90), percentile(lat, 99), max(lat)))
    print("first byte s: p50 %.3f  p90 %.3f  p99 %.3f" % (percentile(ttfb, 50), percentile(ttfb, 90), percentile(ttfb, 99)))
    if proc:
        proc.terminate()
        proc.wait(10)
    sys.exit(0 if lost == 0 and crossed == 0 and mixed_ids == 0 and other == 0 else 1)

if __name__ == "__main__":
    main()
