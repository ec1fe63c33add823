#!/usr/bin/env python3
"""An SMTP server that accepts every mail and keeps only who it was for and its Message-ID.

For the fault benchmark (run-cluster-faults.sh): the nodes send their outbox here (SMTP_HOST,
SMTP_PORT), and the benchmark counts deliveries by Message-ID. The outbox delivers at least once:
a node killed after the SMTP server accepted a mail and before it recorded that in the database
sends the mail again after the claim's lease ends, with the same Message-ID. So "exactly once" is
"every outbox row's Message-ID arrived", and the deliveries beyond the first of an id are counted
apart.

    python3 colloquium-bench/smtp-sink.py PORT DELIVERIES.tsv

Writes one line per accepted mail: epoch seconds, Message-ID, recipients (comma-separated),
subject's first 80 characters, tab-separated, flushed at once (a reader may count while it runs).
Stops on SIGTERM/SIGINT. Loopback only. Python's smtpd (deprecated since 3.6, still in 3.11): a
sink needs nothing more, and it costs no package to install.
"""
import signal
import sys
import time
import warnings

warnings.filterwarnings("ignore", category=DeprecationWarning)
import asyncore  # noqa: E402
import smtpd  # noqa: E402
from email.parser import BytesHeaderParser  # noqa: E402
from email import policy  # noqa: E402
from email.header import decode_header, make_header  # noqa: E402


class Sink(smtpd.SMTPServer):
    def __init__(self, port, out):
        super().__init__(("127.0.0.1", port), None, decode_data=False, enable_SMTPUTF8=True)
        self.out = out

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        headers = BytesHeaderParser(policy=policy.compat32).parsebytes(data)
        message_id = (headers.get("Message-ID") or "").strip()
        try:
            subject = str(make_header(decode_header(headers.get("Subject") or "")))
        except Exception:  # a header that does not decode is still a delivery
            subject = str(headers.get("Subject") or "")
        subject = " ".join(subject.split())[:80]
        self.out.write("%.3f\t%s\t%s\t%s\n" % (time.time(), message_id, ",".join(rcpttos), subject))
        self.out.flush()
        return None  # 250 OK


def main():
    port, path = int(sys.argv[1]), sys.argv[2]
    out = open(path, "a", encoding="utf-8")
    Sink(port, out)

    def stop(*_):
        out.close()
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    asyncore.loop(timeout=1)


if __name__ == "__main__":
    main()
