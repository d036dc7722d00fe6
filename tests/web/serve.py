#!/usr/bin/env python3
"""A static file server for the web tests: ETag and Last-Modified on every
file, 304 for a matching If-None-Match or If-Modified-Since, and a log of
each request (path, status, conditional headers) to compare against.

usage: serve.py ROOT PORT_FILE LOG_FILE   (binds a free port, writes it)
"""
import email.utils
import hashlib
import http.server
import os
import sys

root, port_file, log_file = sys.argv[1:4]


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/endless.rss":
            return self.endless()
        path = os.path.join(root, self.path.split("?")[0].lstrip("/"))
        if not os.path.isfile(path):
            return self.reply(404, b"not found", "text/plain")
        data = open(path, "rb").read()
        etag = '"%s"' % hashlib.sha1(data).hexdigest()[:16]
        mtime = int(os.path.getmtime(path))
        last_modified = email.utils.formatdate(mtime, usegmt=True)
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        if inm == etag or (inm is None and ims == last_modified):
            return self.reply(304, b"", None, etag, last_modified)
        kind = "application/rss+xml" if path.endswith(".rss") else "text/html; charset=utf-8"
        self.reply(200, data, kind, etag, last_modified)

    def reply(self, status, body, kind, etag=None, last_modified=None):
        with open(log_file, "a") as log:
            log.write("%s %d inm=%s ims=%s\n" % (self.path, status,
                      self.headers.get("If-None-Match") or "-",
                      "yes" if self.headers.get("If-Modified-Since") else "-"))
        self.send_response(status)
        if kind:
            self.send_header("Content-Type", kind)
        if etag:
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", last_modified)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def endless(self):
        """A feed that never ends: items as fast as the client reads them."""
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Connection", "close")
        self.end_headers()
        item = (b"<item><title>Chad thanked Niger</title><link>http://x/%d</link>"
                b"<description>Chad thanked Niger for its help on Monday.</description></item>")
        try:
            self.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>')
            n = 0
            while True:
                self.wfile.write(item % n)
                n += 1
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):
        pass


server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
with open(port_file + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.rename(port_file + ".tmp", port_file)
server.serve_forever()
