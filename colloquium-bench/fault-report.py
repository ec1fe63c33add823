#!/usr/bin/env python3
"""Figures of the fault benchmark (run-cluster-faults.sh) from what it recorded.

Each command prints key=value lines (the script keeps them in the scenario's figures file):

  requests HAPROXY_LOG FROM TO FAULT
      the balancer's lines of requests accepted between FROM and TO (epoch seconds): how many, how
      many failed (5xx, no answer, or cut off: HAProxy's termination state not "--"), when the
      failures began and ended relative to FAULT, the longest request, the requests the balancer
      retried on another node (which the client never saw fail)
  health HAPROXY_LOG FAULT NODE
      when the balancer took NODE out after FAULT (its health check), and when it took it back
  view SERVER_LOG FAULT NODE
      when the JGroups/Infinispan view of another node's log dropped NODE after FAULT, and when
      NODE joined again
  sessions SESSIONS_TSV FROM TO FAULT [NODE]
      the signed-in people of signed-in-sessions.py: reads, answers that sent them to sign in
      again, failed reads and when, the longest wait (and the longest of those whose session
      cookie named NODE)
  outage POLL_FILE FAULT [REFERENCE]
      a poll of the benchmark ("epoch 1|0" lines, every 0.2 s): when it first failed after FAULT,
      when it answered again, for how long, how many times it went down; with REFERENCE (an
      epoch: PostgreSQL's return), how long after it this one answered again
  mails DELIVERIES_TSV MESSAGE_IDS
      the SMTP sink's deliveries against the outbox's Message-IDs (one a line): how many arrived,
      how many are missing, how many arrived more than once

and one command prints markdown:

  table SCENARIO CLUSTER_FIGURES ONE_NODE_FIGURES NODES
      the scenario's figures, the cluster beside the one-node reference
"""
import datetime
import re
import sys
import time


def emit(**figures):
    for key, value in figures.items():
        if isinstance(value, float):
            value = "%.1f" % value
        print("%s=%s" % (key, value))


def rel(t, zero):
    return "%+.1f" % (t - zero) if t is not None else "-"


def haproxy_requests(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.split()
            if "req" not in parts:
                continue
            p = parts[parts.index("req") + 1:]
            if len(p) < 11:
                continue
            try:
                yield {
                    "t": float(p[0]), "node": p[1], "status": int(p[2]),
                    "tw": int(p[3]), "tc": int(p[4]), "tr": int(p[5]), "ta": int(p[6]),
                    "tsc": p[7], "retries": int(p[8].lstrip("+")), "method": p[9], "path": p[10],
                }
            except ValueError:
                continue


def failed(r):
    return r["status"] >= 500 or r["status"] <= 0 or not r["tsc"].startswith("--")


def kind(path):
    path = re.sub(r"/\d+", "/{id}", path.split("?")[0])
    return path


def cmd_requests(path, t_from, t_to, fault):
    t_from, t_to, fault = float(t_from), float(t_to), float(fault)
    rs = [r for r in haproxy_requests(path) if t_from <= r["t"] <= t_to]
    bad = [r for r in rs if failed(r)]
    client = [r for r in rs if 400 <= r["status"] < 500]
    statuses, paths = {}, {}
    for r in bad:
        key = "%s/%s" % (r["status"], r["tsc"])
        statuses[key] = statuses.get(key, 0) + 1
        k = "%s %s" % (r["method"], kind(r["path"]))
        paths[k] = paths.get(k, 0) + 1
    first = min((r["t"] for r in bad), default=None)
    last_end = max((r["t"] + max(r["ta"], 0) / 1000.0 for r in bad), default=None)
    longest = max(rs, key=lambda r: r["ta"], default=None)
    served = {}
    for r in rs:
        served[r["node"]] = served.get(r["node"], 0) + 1
    emit(
        requests=len(rs),
        failed=len(bad),
        failed_get=sum(1 for r in bad if r["method"] == "GET"),
        failed_other=sum(1 for r in bad if r["method"] != "GET"),
        failed_kinds=", ".join("%s × %d" % kv for kv in sorted(statuses.items(), key=lambda kv: -kv[1])) or "none",
        failed_paths=", ".join("%s × %d" % kv for kv in sorted(paths.items(), key=lambda kv: -kv[1])[:6]) or "none",
        first_failure_after_fault=rel(first, fault),
        last_failure_end_after_fault=rel(last_end, fault),
        failure_window_seconds=("%.1f" % (last_end - first)) if bad else "0",
        answered_4xx=len(client),
        retried_by_balancer=sum(1 for r in rs if r["retries"] > 0),
        slower_than_5s=sum(1 for r in rs if r["ta"] > 5000),
        longest_ms=longest["ta"] if longest else 0,
        longest_request=("%s %s at %s" % (longest["method"], kind(longest["path"]), rel(longest["t"], fault))) if longest else "-",
        served_by=", ".join("%s %d" % kv for kv in sorted(served.items())),
    )


ISO = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?[+-]\d\d:\d\d) (.*)$")


def cmd_health(path, fault, node):
    fault = float(fault)
    down = up = None
    target = "nodes/%s " % node
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = ISO.match(line.strip())
            if not m or target not in m.group(2):
                continue
            t = datetime.datetime.fromisoformat(m.group(1)).timestamp()
            if t < fault:
                continue
            text = m.group(2)
            if down is None and (" is DOWN" in text or "going DOWN" in text):
                down = t
            elif down is not None and up is None and " is UP" in text:
                up = t
    emit(balancer_down_after=rel(down, fault), balancer_up_after=rel(up, fault))


LOG_TIME = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),(\d{3}) ")


def cmd_view(path, fault, node):
    fault = float(fault)
    dropped = joined = None
    dropped_line = ""
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = LOG_TIME.match(line)
            if not m:
                continue
            t = time.mktime(time.strptime(m.group(1), "%Y-%m-%d %H:%M:%S")) + int(m.group(2)) / 1000.0
            if t < fault:
                continue
            # Infinispan's own lines for a member leaving and joining. Not any line that says
            # "cluster view": errors do too ("the originator is not in the cluster view", logged
            # at a thaw), which once made a rejoin look 29 s earlier than it was.
            gone = "ISPN100001" in line and node in line
            back = "ISPN100000" in line and node in line
            if dropped is None and gone:
                dropped, dropped_line = t, line.strip()
            elif dropped is not None and joined is None and back:
                joined = t
    emit(view_dropped_after=rel(dropped, fault), view_joined_after=rel(joined, fault),
         view_line=dropped_line[:220])


def cmd_sessions(path, t_from, t_to, fault, node=None):
    t_from, t_to, fault = float(t_from), float(t_to), float(fault)
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) < 7:
                continue
            start, end = float(p[0]), float(p[1])
            if t_from <= start <= t_to:
                rows.append({"start": start, "end": end, "person": p[2], "kind": p[3],
                             "status": int(p[4]), "outcome": p[5], "node": p[6]})
    reads = [r for r in rows if r["kind"] == "read"]
    out = [r for r in rows if r["outcome"] == "signed-out"]
    errors = [r for r in rows if r["outcome"] == "error"]
    people = {r["person"] for r in rows}
    first_signed_in = {}
    for r in rows:
        if r["kind"] == "sign-in" and r["outcome"] == "ok":
            first_signed_in.setdefault(r["person"], r["node"])
    longest = max(rows, key=lambda r: r["end"] - r["start"], default=None)
    on_node = [r for r in rows if node and r["node"] == node and r["kind"] == "read"]
    longest_on_node = max(on_node, key=lambda r: r["end"] - r["start"], default=None)
    emit(
        people=len(people),
        people_on_node=sum(1 for n in first_signed_in.values() if node and n == node),
        reads=len(reads),
        reads_ok=sum(1 for r in reads if r["outcome"] == "ok"),
        signed_out=len(out),
        people_signed_out=len({r["person"] for r in out}),
        read_errors=len(errors),
        first_error_after_fault=rel(min((r["start"] for r in errors), default=None), fault),
        last_error_end_after_fault=rel(max((r["end"] for r in errors), default=None), fault),
        longest_wait_seconds=(longest["end"] - longest["start"]) if longest else 0.0,
        longest_wait_on_node_seconds=(longest_on_node["end"] - longest_on_node["start"]) if longest_on_node else 0.0,
        reads_on_node_slower_than_5s=sum(1 for r in on_node if r["end"] - r["start"] > 5),
    )


def cmd_outage(path, fault, reference=None):
    fault = float(fault)
    samples = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.split()
            if len(p) == 2 and float(p[0]) >= fault:
                samples.append((float(p[0]), p[1] == "1"))
    down = back = None
    downs = 0
    previous = True
    for t, ok in samples:
        if previous and not ok:
            downs += 1
            if down is None:
                down = t
        if not ok:
            back = None
        elif down is not None and back is None:
            back = t
        previous = ok
    emit(
        down_after_fault=rel(down, fault),
        back_after_fault=rel(back, fault),
        down_seconds=(back - down) if down is not None and back is not None else "-",
        times_down=downs,
        back_at=("%.3f" % back) if back is not None else "",
        back_after_reference=("%.1f" % (back - float(reference)))
        if back is not None and reference not in (None, "") else "-",
    )


def cmd_mails(deliveries, ids_file):
    expected = {l.strip() for l in open(ids_file, encoding="utf-8") if l.strip()}
    seen = {}
    with open(deliveries, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) >= 2 and p[1] in expected:
                seen[p[1]] = seen.get(p[1], 0) + 1
    emit(
        outbox_mails=len(expected),
        delivered_distinct=len(seen),
        missing=len(expected - set(seen)),
        deliveries=sum(seen.values()),
        delivered_again=sum(n - 1 for n in seen.values()),
    )


COMMON_RUSH = [
    ("authors arriving", "{authors}"),
    ("handed in: answered 200 / SUBMITTED in the database", "{handed_in_answered} / {handed_in_stored}"),
    ("authors who gave up (after all their tries)", "{gave_up}"),
    ("requests sent again by the authors", "{tries_again}"),
    ("submissions lost / duplicated", "{lost} / {duplicated}"),
    ("numbers of the event", "{numbers}"),
    ("drafts left behind", "{drafts_left}"),
]
TRAFFIC = [
    ("requests through the balancer", "{requests.requests}"),
    ("failed requests (GET / other)", "{requests.failed} ({requests.failed_get} / {requests.failed_other})"),
    ("what failed (status/termination × n)", "{requests.failed_kinds}"),
    ("first failed request, end of the last (s after the fault)", "{requests.first_failure_after_fault} … {requests.last_failure_end_after_fault}"),
    ("GETs the balancer retried on another node (not seen by the client)", "{requests.retried_by_balancer}"),
    ("requests slower than 5 s; the longest", "{requests.slower_than_5s}; {requests.longest_ms} ms ({requests.longest_request})"),
]
SESSIONS = [
    ("signed-in people (whose session was on the node hit)", "{sessions.people} ({sessions.people_on_node})"),
    ("sent to sign in again (people)", "{sessions.signed_out} ({sessions.people_signed_out})"),
    ("failed reads of /my; the last ending (s after the fault)", "{sessions.read_errors}; {sessions.last_error_end_after_fault}"),
    ("longest read of /my (s); of a session on the node hit", "{sessions.longest_wait_seconds}; {sessions.longest_wait_on_node_seconds}"),
]
MAILS = [
    ("mails in the outbox / delivered (distinct Message-IDs) / missing", "{mail.outbox_mails} / {mail.delivered_distinct} / {mail.missing}"),
    ("deliveries of a Message-ID already delivered", "{mail.delivered_again}"),
]
TABLES = {
    "1": COMMON_RUSH + [
        ("requests in flight on the node when it was killed", "{in_flight_at_fault}"),
        ("balancer took the node out (s after the kill)", "{balancer.balancer_down_after}"),
        ("the other node's cluster view dropped it (s after the kill)", "{cluster.view_dropped_after}"),
        ("failed requests while it was dead (GET / other)", "{killed.failed} ({killed.failed_get} / {killed.failed_other})"),
        ("failover: first failed request … end of the last (s after the kill)", "{killed.first_failure_after_fault} … {killed.last_failure_end_after_fault}"),
        ("restarted (s after the kill); deployed again; back at the balancer", "{restart_after}; {node_deployed_again_after}; {balancer.balancer_up_after}"),
        ("failed requests after the restart", "{back.failed} ({back.failed_kinds})"),
    ] + TRAFFIC + SESSIONS + MAILS + [("confirmation mails (submission-received)", "{confirmation_mails}")],
    "2": [
        ("places; already held before the race", "{places}; {held_before}"),
        ("racers answered (of them: 409 'registered already' on a retry)", "{answered} ({answered_already_registered})"),
        ("requests sent again by the racers", "{tries_again}"),
        ("registered in the database: confirmed / waitlisted / rows", "{confirmed} / {waitlisted} / {registered}"),
        ("oversold", "{oversold}"),
        ("requests in flight on the node when it was killed; waiting in the balancer's queue", "{in_flight_at_fault}; {queued_at_balancer_at_fault}"),
        ("balancer took the node out (s after the kill)", "{balancer.balancer_down_after}"),
        ("race lasted (s, from its first answer to the last)", "{race_seconds}"),
    ] + TRAFFIC + SESSIONS + MAILS,
    "3": COMMON_RUSH + [
        ("pg_ctlcluster restart took (s)", "{postgresql_command_seconds}"),
        ("PostgreSQL refused connections from … to (s after the command); for (s)", "{postgresql.down_after_fault} … {postgresql.back_after_fault}; {postgresql.down_seconds}"),
        ("node1 /health failing from … to (s after the command); healthy again (s after PostgreSQL)", "{node1.down_after_fault} … {node1.back_after_fault}; {node1.back_after_reference}"),
        ("node2 /health failing from … to (s after the command); healthy again (s after PostgreSQL)", "{node2.down_after_fault} … {node2.back_after_fault}; {node2.back_after_reference}"),
        ("node3 /health failing from … to (s after the command); healthy again (s after PostgreSQL)", "{node3.down_after_fault} … {node3.back_after_fault}; {node3.back_after_reference}"),
    ] + TRAFFIC + SESSIONS + MAILS,
    "4": COMMON_RUSH + [
        ("whole roll (s)", "{roll_seconds}"),
        ("node1: drained / redeployed and healthy / back at the balancer (s)", "{node1_drained_seconds} / {node1_redeployed_seconds} / {node1_back_at_balancer_seconds}"),
        ("node2: drained / redeployed and healthy / back at the balancer (s)", "{node2_drained_seconds} / {node2_redeployed_seconds} / {node2_back_at_balancer_seconds}"),
        ("node3: drained / redeployed and healthy / back at the balancer (s)", "{node3_drained_seconds} / {node3_redeployed_seconds} / {node3_back_at_balancer_seconds}"),
    ] + TRAFFIC + SESSIONS + MAILS,
    "5": COMMON_RUSH + [
        ("requests in flight on the node when it froze", "{in_flight_at_fault}"),
        ("balancer took the node out (s after the freeze)", "{balancer.balancer_down_after}"),
        ("the other node's cluster view dropped it (s after the freeze)", "{cluster.view_dropped_after}"),
        ("thawed (s after the freeze); back at the balancer (s after the thaw)", "{thawed_after}; {back_at_balancer_after_thaw}"),
        ("in the cluster view again (s after the freeze)", "{cluster.view_joined_after}"),
        ("requests while frozen: failed; slower than 5 s; the longest", "{frozen.failed}; {frozen.slower_than_5s}; {frozen.longest_ms} ms"),
        ("reads of /my of sessions on the frozen node slower than 5 s", "{sessions.reads_on_node_slower_than_5s}"),
    ] + TRAFFIC + SESSIONS + MAILS,
}


def read_figures(path):
    figures = {}
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if "=" in line:
                    key, value = line.rstrip("\n").split("=", 1)
                    figures[key] = value
    except FileNotFoundError:
        pass
    return figures


class Blank(dict):
    def __missing__(self, key):
        return "–"


def cmd_table(scenario, cluster_path, one_path, nodes):
    cluster, one = read_figures(cluster_path), read_figures(one_path)
    title = cluster.get("title") or one.get("title") or "scenario " + scenario
    print("### %s. %s" % (scenario, title))
    print()
    print("| | cluster (%s nodes) | one node (reference) |" % nodes)
    print("|---|---|---|")
    for label, template in TABLES[scenario]:
        cells = []
        for figures in (cluster, one):
            values = Blank((k.replace(".", "_"), v if v != "" else "–") for k, v in figures.items())
            values["retries"] = figures.get("retries", "")
            cells.append(template.replace(".", "_").format_map(values) if figures else "(not run)")
        if all(set(c) <= set("–/;…() ") for c in cells if c != "(not run)"):
            continue  # nothing measured on either side (a node3 row on two nodes)
        label = label.replace("{retries}", "")
        print("| %s | %s | %s |" % (label, cells[0], cells[1]))


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    {"requests": cmd_requests, "health": cmd_health, "view": cmd_view,
     "sessions": cmd_sessions, "mails": cmd_mails, "outage": cmd_outage, "table": cmd_table}[command](*args)
