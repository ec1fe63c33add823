#!/usr/bin/env python3
"""What a signed-in person's HTTP session costs a cluster: the bytes a node sends to the other
node(s) for each page the person reads (issue 15: "HTTP sessions distributed and small").

With WildFly's distributable sessions every request that touches the session sends the changed
session to its other owner (owners = 2). JSF with server-side state saving keeps the state of the
person's last views in the session, so the bytes per page grow with the views kept
(com.sun.faces.numberOfLogicalViews, default 15) until that limit. This script measures it from
outside, without instrumenting the server: it reads the kernel's count of bytes sent
(`ss -tin`, bytes_sent) on the node's JGroups connections before and after each page, less what
the node sends when nobody reads anything (heartbeats), measured first.

    python3 colloquium-bench/session-size.py NODE_URL NODE_PID JGROUPS_PORTS EMAIL PASSWORD SLUG [ROUNDS=2]

NODE_URL is one node (not the balancer: the bytes are counted on the node that served the page),
NODE_PID its JVM, JGROUPS_PORTS the JGroups ports of every node, comma-separated. It signs in
through the form, reads the organiser's pages of event SLUG ROUNDS times over, and prints a
table (Markdown) of each page's bytes replicated. Standard library and `ss` (iproute2) only.
"""
import http.client
import re
import subprocess
import sys
import time
import urllib.parse

NONCE = re.compile(r'name="primefaces\.nonce"[^>]*value="([^"]*)"|value="([^"]*)"[^>]*name="primefaces\.nonce"')
SETTLE = 0.7  # seconds for the replication of a page's session write to leave the node

PAGES = [
    "/my", "/events/{slug}", "/manage/events/{slug}", "/manage/events/{slug}/edit",
    "/manage/events/{slug}/call", "/manage/events/{slug}/committee", "/manage/events/{slug}/tracks",
    "/manage/events/{slug}/submissions", "/manage/events/{slug}/submissions/1",
    "/manage/events/{slug}/reviews", "/manage/events/{slug}/reviews/form",
    "/manage/events/{slug}/reviews/assignment", "/manage/events/{slug}/reviews/decisions",
    "/manage/events/{slug}/programme", "/manage/events/{slug}/registration",
    "/manage/events/{slug}/registration/form", "/manage/events/{slug}/registrations",
    "/manage/events/{slug}/news", "/manage/events/{slug}/partners", "/manage/events/{slug}/materials",
    "/manage/events/{slug}/certificates", "/manage/events/{slug}/check-in",
]


def bytes_sent(pid, ports):
    """Bytes the process has sent on its connections to or from a JGroups port."""
    out = subprocess.run(["ss", "-tinpH", "state", "established"], capture_output=True, text=True, check=True).stdout
    total, owned = 0, False
    for line in out.splitlines():
        if not line.startswith(("\t", " ")):
            fields = line.split()
            local, peer = fields[2], fields[3]
            lport, pport = int(local.rsplit(":", 1)[1]), int(peer.rsplit(":", 1)[1])
            owned = ("pid=%d," % pid) in line and (lport in ports or pport in ports)
        elif owned:
            match = re.search(r"bytes_sent:(\d+)", line)
            total += int(match.group(1)) if match else 0
            owned = False
    return total


class Browser:
    def __init__(self, base):
        url = urllib.parse.urlsplit(base)
        self.host, self.port, self.origin = url.hostname, url.port or 80, base.rstrip("/")
        self.cookies = {}

    def request(self, method, path, body=None):
        headers = {"User-Agent": "colloquium-bench (session size)", "Accept-Language": "en"}
        if self.cookies:
            headers["Cookie"] = "; ".join("%s=%s" % kv for kv in self.cookies.items())
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = self.origin
        connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read()
            for name, value in response.getheaders():
                if name.lower() == "set-cookie":
                    key, _, val = value.split(";", 1)[0].partition("=")
                    if val:
                        self.cookies[key.strip()] = val.strip()
            return response.status, response.getheader("Location") or "", text
        finally:
            connection.close()

    def sign_in(self, email, password):
        status, _, page = self.request("GET", "/sign-in")
        match = NONCE.search(page.decode("utf-8", "replace"))
        if status != 200 or not match:
            sys.exit("no sign-in form at %s/sign-in (%d)" % (self.origin, status))
        form = urllib.parse.urlencode({
            "signIn": "signIn", "signIn:email": email, "signIn:password": password, "signIn:submit": "",
            "jakarta.faces.ViewState": "stateless", "primefaces.nonce": match.group(1) or match.group(2)})
        status, location, _ = self.request("POST", "/sign-in", form)
        status, _, page = self.request("GET", "/my")
        if status != 200 or b"signed-in-as" not in page:
            sys.exit("could not sign in as %s" % email)


def main():
    if len(sys.argv) < 7:
        sys.exit(__doc__)
    base, pid, ports, email, password, slug = sys.argv[1:7]
    rounds = int(sys.argv[7]) if len(sys.argv) > 7 else 2
    pid, ports = int(pid), {int(p) for p in ports.split(",")}

    before, started = bytes_sent(pid, ports), time.time()
    time.sleep(10)
    idle = (bytes_sent(pid, ports) - before) / (time.time() - started)

    browser = Browser(base)
    browser.sign_in(email, password)
    time.sleep(SETTLE)
    rows, views = [], 0
    for round_ in range(1, rounds + 1):
        for template in PAGES:
            path = template.format(slug=slug)
            before, started = bytes_sent(pid, ports), time.time()
            status, _, page = browser.request("GET", path)
            time.sleep(SETTLE)
            sent = bytes_sent(pid, ports) - before - idle * (time.time() - started)
            views += 1 if b"jakarta.faces.ViewState" in page and b'value="stateless"' not in page else 0
            rows.append((round_, path, status, len(page), views, max(0, round(sent))))

    print("Idle (heartbeats): %.0f bytes/s sent by the node\n" % idle)
    print("| round | page | status | page bytes | JSF views so far | bytes replicated |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print("| %d | `%s` | %d | %d | %d | %d |" % row)
    last = [r[5] for r in rows if r[0] == rounds]
    print("\nRound %d: mean %.0f bytes, max %d bytes replicated per page (the session once its views "
          "are all kept)" % (rounds, sum(last) / len(last), max(last)))


if __name__ == "__main__":
    main()
