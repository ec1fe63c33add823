#!/usr/bin/env python3
"""Whether PostgreSQL and each node's /health answer, every 0.2 s, until a stop file exists.

For scenario 3 of the fault benchmark (run-cluster-faults.sh: PostgreSQL restarted during a
rush): one process for every target, because a shell loop that starts pg_isready and curl for
each sample takes seconds a round on two busy cores and misses a restart of a second or two.

    python3 colloquium-bench/availability-poll.py STOP_FILE OUT_PREFIX pg:HOST:PORT:USER http:URL…

Writes OUT_PREFIX-<n>.txt per target (n = 0, 1, … in the order given), "epoch 1|0" a line.
PostgreSQL counts as up when it answers a startup message with an authentication request or
"ok" (trust), down when it refuses the connection or answers an error (starting up, shutting
down); a node when GET /health answers 200 within 2 s.
"""
import http.client
import os
import socket
import struct
import sys
import threading
import time
import urllib.parse


def postgresql_up(host, port, user):
    try:
        with socket.create_connection((host, int(port)), timeout=1) as s:
            s.settimeout(1)
            body = b"user\0" + user.encode() + b"\0database\0postgres\0\0"
            s.sendall(struct.pack("!II", 8 + len(body), 196608) + body)
            kind = s.recv(1)
            ok = kind == b"R"  # an authentication request: it accepts connections
            if ok:
                s.sendall(b"X\0\0\0\4")  # Terminate
            return ok
    except OSError:
        return False


def http_up(url):
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=2)
    try:
        connection.request("GET", parts.path or "/")
        return connection.getresponse().status == 200
    except (OSError, http.client.HTTPException):
        return False
    finally:
        connection.close()


def watch(check, out_path, stop_file):
    with open(out_path, "a", encoding="utf-8") as out:
        while not os.path.exists(stop_file):
            started = time.time()
            out.write("%.3f %d\n" % (started, 1 if check() else 0))
            out.flush()
            time.sleep(max(0.0, 0.2 - (time.time() - started)))


def main():
    stop_file, prefix = sys.argv[1], sys.argv[2]
    threads = []
    for n, target in enumerate(sys.argv[3:]):
        kind, _, rest = target.partition(":")
        if kind == "pg":
            host, port, user = rest.split(":")
            check = lambda h=host, p=port, u=user: postgresql_up(h, p, u)
        else:
            check = lambda u=rest: http_up(u)
        thread = threading.Thread(target=watch, args=(check, "%s-%d.txt" % (prefix, n), stop_file))
        thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join()


if __name__ == "__main__":
    main()
