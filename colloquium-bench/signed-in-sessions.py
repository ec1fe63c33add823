#!/usr/bin/env python3
"""Signed-in people reading their page through the balancer while a fault happens.

For the fault benchmark (run-cluster-faults.sh): "sessions of signed-in authors kept" is about the
web pages' session (the API's authors use tokens and have none). Each of N people signs in through
the form at /sign-in, as a browser does (the form's nonce, the session cookie HAProxy prefixes
with the node's name), then reads /my every INTERVAL seconds until STOP_FILE exists or SECONDS
have passed. An answer that sends them to /sign-in means their session was lost: it is recorded,
and they sign in again (as a person would) so that the next loss is seen too.

    python3 colloquium-bench/signed-in-sessions.py BASE_URL ACCOUNTS.csv OUT.tsv SECONDS STOP_FILE \
        [INTERVAL=1] [TIMEOUT=150]

ACCOUNTS.csv: email,password per line. OUT.tsv, one line per request: start and end (epoch
seconds), person, kind (sign-in, read), HTTP status (0: no answer), outcome (ok, signed-out,
error), the node the session cookie named when the request was sent (node1~… is HAProxy's prefix),
and a detail. Standard library only; one thread per person (a few dozen at most).
"""
import http.client
import os
import re
import sys
import threading
import time
import urllib.parse

NONCE = re.compile(r'name="primefaces\.nonce"[^>]*value="([^"]*)"|value="([^"]*)"[^>]*name="primefaces\.nonce"')


class Person:
    def __init__(self, index, email, password, base, timeout, out, lock):
        self.index, self.email, self.password = index, email, password
        url = urllib.parse.urlsplit(base)
        self.host, self.port, self.origin = url.hostname, url.port or 80, base.rstrip("/")
        self.timeout, self.out, self.lock = timeout, out, lock
        self.cookies = {}

    def node(self):
        value = self.cookies.get("JSESSIONID", "")
        return value.split("~", 1)[0] if "~" in value else "-"

    def request(self, method, path, body=None):
        headers = {"User-Agent": "colloquium-bench (signed-in sessions)", "Accept-Language": "en"}
        if self.cookies:
            headers["Cookie"] = "; ".join("%s=%s" % kv for kv in self.cookies.items())
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = self.origin
        connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            for name, value in response.getheaders():
                if name.lower() == "set-cookie":
                    pair = value.split(";", 1)[0]
                    if "=" in pair:
                        key, val = pair.split("=", 1)
                        if val:
                            self.cookies[key.strip()] = val.strip()
                        else:
                            self.cookies.pop(key.strip(), None)
            return response.status, response.getheader("Location") or "", text
        finally:
            connection.close()

    def record(self, started, kind, status, outcome, node, detail=""):
        line = "%.3f\t%.3f\t%d\t%s\t%d\t%s\t%s\t%s\n" % (
            started, time.time(), self.index, kind, status, outcome, node, detail[:120].replace("\t", " ").replace("\n", " "))
        with self.lock:
            self.out.write(line)
            self.out.flush()

    def sign_in(self):
        """Signs in; True when the person's page then shows them signed in."""
        started, node = time.time(), self.node()
        try:
            self.cookies.clear()
            status, _, page = self.request("GET", "/sign-in")
            match = NONCE.search(page)
            if status != 200 or not match:
                self.record(started, "sign-in", status, "error", node, "no sign-in form")
                return False
            form = urllib.parse.urlencode({
                "signIn": "signIn", "signIn:email": self.email, "signIn:password": self.password,
                "signIn:submit": "", "jakarta.faces.ViewState": "stateless",
                "primefaces.nonce": match.group(1) or match.group(2)})
            status, location, page = self.request("POST", "/sign-in", form)
            if status in (301, 302, 303):
                status, location, page = self.request("GET", "/my")
            ok = status == 200 and "signed-in-as" in page
            self.record(started, "sign-in", status, "ok" if ok else "error", self.node(),
                        "" if ok else (location or "not signed in"))
            return ok
        except Exception as e:  # noqa: BLE001 - a failure of any kind is a failed request here
            self.record(started, "sign-in", 0, "error", node, "%s: %s" % (type(e).__name__, e))
            return False

    def read(self):
        """Reads /my once; False when the session was lost."""
        started, node = time.time(), self.node()
        try:
            status, location, page = self.request("GET", "/my")
        except Exception as e:  # noqa: BLE001
            self.record(started, "read", 0, "error", node, "%s: %s" % (type(e).__name__, e))
            return True
        if status in (301, 302, 303) and "/sign-in" in location:
            self.record(started, "read", status, "signed-out", node, location)
            return False
        if status == 200 and "signed-in-as" in page:
            self.record(started, "read", status, "ok", node)
            return True
        if status == 200:
            self.record(started, "read", status, "signed-out", node, "page without the signed-in name")
            return False
        self.record(started, "read", status, "error", node, location)
        return True


def main():
    base, accounts, out_path, seconds, stop_file = sys.argv[1:6]
    interval = float(sys.argv[6]) if len(sys.argv) > 6 else 1.0
    timeout = float(sys.argv[7]) if len(sys.argv) > 7 else 150.0
    deadline = time.time() + float(seconds)
    people = []
    lock = threading.Lock()
    out = open(out_path, "a", encoding="utf-8")
    with open(accounts, encoding="utf-8") as f:
        for index, line in enumerate(l for l in f.read().splitlines() if l.strip()):
            email, password = line.split(",", 1)
            people.append(Person(index + 1, email, password, base, timeout, out, lock))

    def stopped():
        return time.time() > deadline or os.path.exists(stop_file)

    def live(person):
        signed_in = False
        while not stopped():
            if not signed_in:
                signed_in = person.sign_in()
                if not signed_in:
                    time.sleep(interval)
                    continue
            next_at = time.time() + interval
            signed_in = person.read()
            time.sleep(max(0.0, next_at - time.time()))

    threads = []
    for person in people:
        thread = threading.Thread(target=live, args=(person,), daemon=True)
        thread.start()
        threads.append(thread)
        time.sleep(0.05)  # sign-ins spread a little: PBKDF2 costs the nodes' CPU
    for thread in threads:
        thread.join()
    out.close()


if __name__ == "__main__":
    main()
