"""A plain static file server for end-to-end tests: serves ../dist under /sub/path/ with no
rewrite rules, like any static host. Two damaged copies of the site exist for failure tests:
/damaged/ serves the bundle cut in half, /notbundle/ answers an HTML page for the bundle
(what a host with a catch-all fallback does)."""
import http.server
import os
import sys
import urllib.parse

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dist")
PREFIXES = {"/sub/path/": "ok", "/damaged/": "truncated", "/notbundle/": "html"}


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

    def do_GET(self):
        mode, fs_path = self.route()
        if fs_path and fs_path.endswith("corpus.bin") and mode in ("truncated", "html"):
            if mode == "truncated":
                with open(fs_path, "rb") as f:
                    data = f.read()
                body, ctype = data[: len(data) // 2], "application/octet-stream"
            else:
                body, ctype = b"<!doctype html><title>Not found</title><p>Page not found</p>", "text/html"
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
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
