"""A plain static file server for end-to-end tests: serves ../dist under /sub/path/ with no
rewrite rules, like any static host. Two damaged copies of the site exist for failure tests:
/damaged/ serves the bundle cut in half, /notbundle/ answers an HTML page for the bundle
(what a host with a catch-all fallback does). /hostile/ serves the site with the bundle built
from tests/fixtures/hostile (../target/e2e/hostile.bin, made by scripts/test.sh). /sharded/ serves
the site with the seed corpus ingested with a tiny --shard-bytes (../target/e2e/sharded/corpus.bin
and its index shards corpus.N.bin, made by scripts/test.sh), so searching fetches shards."""
import http.server
import os
import re
import sys
import urllib.parse

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dist")
HOSTILE_BUNDLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "target", "e2e", "hostile.bin")
SHARDED_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "target", "e2e", "sharded")
SHARD_FILE = re.compile(r"^corpus(\.\d+)?\.bin$")
PREFIXES = {"/sub/path/": "ok", "/damaged/": "truncated", "/notbundle/": "html", "/hostile/": "hostile",
            "/sharded/": "sharded"}


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript",
                      ".webmanifest": "application/manifest+json"}

    def route(self):
        path = urllib.parse.urlsplit(self.path).path
        for prefix, mode in PREFIXES.items():
            if path.startswith(prefix):
                parts = [p for p in urllib.parse.unquote(path[len(prefix):]).split("/") if p not in ("", ".", "..")]
                return mode, os.path.join(ROOT, *parts)
        return None, None

    def translate_path(self, path):
        _, fs_path = self.route()
        return fs_path or os.path.join(ROOT, "\0missing")

    def send_body(self, body, ctype="application/octet-stream"):
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def send_file_from(self, fs_path, what):
        """Answers with a file built by scripts/test.sh, or 404 naming what is missing."""
        if not os.path.isfile(fs_path):
            self.send_error(404, f"no {what}: scripts/test.sh builds it")
            return
        with open(fs_path, "rb") as f:
            self.send_body(f.read())

    def do_GET(self):
        mode, fs_path = self.route()
        if fs_path and mode == "sharded" and SHARD_FILE.match(os.path.basename(fs_path)):
            self.send_file_from(os.path.join(SHARDED_DIR, os.path.basename(fs_path)), "sharded bundle")
            return
        if fs_path and fs_path.endswith("corpus.bin") and mode == "hostile":
            self.send_file_from(HOSTILE_BUNDLE, "hostile bundle")
            return
        if fs_path and fs_path.endswith("corpus.bin") and mode == "truncated":
            with open(fs_path, "rb") as f:
                data = f.read()
            self.send_body(data[: len(data) // 2])
            return
        if fs_path and fs_path.endswith("corpus.bin") and mode == "html":
            self.send_body(b"<!doctype html><title>Not found</title><p>Page not found</p>", "text/html")
            return
        super().do_GET()

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8765
    http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
