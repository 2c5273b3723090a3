#!/usr/bin/env python3
"""Slack's side of deploy/prove.sh, on loopback only.

serve PORT LOG: a stand-in for Slack's Web API (auth.test, chat.postMessage, users.info, …) and
its response_url, writing every request it gets as one JSON line to LOG and its process id to
LOG.pid (a launcher such as pyenv's may stand between the caller and this process).
command URL SECRET TEXT RESPONSE_URL [TIMES]: posts a slash command to a Briefbot in HTTP mode,
signed as Slack signs it (v0, HMAC-SHA256), and prints the HTTP status; with TIMES, sends the very
same signed request that many times (a replay), printing each status.
"""
import hashlib
import hmac
import json
import os
import sys
import time
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TEAM = "T0PROOF"
USER = "U0PROOF"
CHANNEL = "C0PROOF"


def serve(port, log_path):
    log = open(log_path, "a", buffering=1, encoding="utf-8")
    with open(log_path + ".pid", "w", encoding="utf-8") as pid:
        pid.write("%d\n" % os.getpid())

    class StandIn(BaseHTTPRequestHandler):
        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", "replace")
            log.write(json.dumps({"path": self.path, "body": body}) + "\n")
            if self.path.startswith("/respond/"):
                return self.answer("ok", "text/plain")
            method = self.path.split("?")[0].removeprefix("/api/")
            answers = {
                "auth.test": {"ok": True, "url": "https://proof.example/", "team": "Proof",
                              "user": "briefbot", "team_id": TEAM, "user_id": "UBOT",
                              "bot_id": "BBOT"},
                "chat.postMessage": {"ok": True, "channel": CHANNEL, "ts": "%.6f" % time.time()},
                "chat.postEphemeral": {"ok": True, "message_ts": "%.6f" % time.time()},
                "users.info": {"ok": True, "user": {"id": USER, "team_id": TEAM, "name": "ada",
                                                    "is_admin": True, "is_owner": False}},
            }
            self.answer(json.dumps(answers.get(method, {"ok": False, "error": "unknown_method"})),
                        "application/json")

        do_GET = do_POST

        def answer(self, text, media_type):
            data = text.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", media_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    ThreadingHTTPServer(("127.0.0.1", int(port)), StandIn).serve_forever()


def command(url, secret, text, response_url, times="1"):
    name, _, rest = text.partition(" ")
    form = urllib.parse.urlencode({
        "token": "unused", "team_id": TEAM, "team_domain": "proof", "channel_id": CHANNEL,
        "channel_name": "news", "user_id": USER, "user_name": "ada", "command": name,
        "text": rest, "api_app_id": "A0PROOF", "response_url": response_url,
        "trigger_id": "%d.%d" % (time.time_ns(), os.getpid())})
    stamp = str(int(time.time()))
    signature = "v0=" + hmac.new(secret.encode(), ("v0:%s:%s" % (stamp, form)).encode(),
                                 hashlib.sha256).hexdigest()
    for _ in range(int(times)):
        request = urllib.request.Request(url, data=form.encode(), method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": signature})
        with urllib.request.urlopen(request, timeout=10) as answer:
            print(answer.status)


if __name__ == "__main__":
    if sys.argv[1] == "serve":
        serve(sys.argv[2], sys.argv[3])
    else:
        command(*sys.argv[2:7])
