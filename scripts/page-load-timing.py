#!/usr/bin/env python3
"""The planning page's first draw in headless Chromium, two builds side by side (issue 22).

Serves the same week with each `milen` binary (each in a folder of its own, the week planned
once at start-up), then loads `/` in headless Chromium (selenium) three times per build, the
builds taking turns, and prints for each load the navigation timing: the response's end, the
document parsed (DOMContentLoaded), the page loaded (load event) and, where the page fills the
forms' lists by script, when they were filled, in seconds from the navigation's start,
the page's bytes, and the load average.

Usage: page-load-timing.py WEEK.json NAME=PATH/TO/milen [NAME=PATH/TO/milen ...]
       [--time-limit SECONDS] [--loads N]
"""

import argparse
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

TIMING = """
const n = performance.getEntriesByType("navigation")[0];
return [n.responseEnd, n.domContentLoadedEventEnd, n.loadEventEnd, n.transferSize,
        n.decodedBodySize, document.querySelectorAll("#week-grid tbody tr").length];
"""


FILLED = """
const m = performance.getEntriesByName("milen-lists-filled");
return m.length ? m[0].startTime : null;
"""


def forms_filled(driver, wait=10):
    """When the page's script had filled the forms' lists (ms from the navigation's
    start; a build that sends them as options has no such mark: None)."""
    if not driver.execute_script("return !!document.getElementById('form-lists');"):
        return None
    deadline = time.time() + wait
    while time.time() < deadline:
        t = driver.execute_script(FILLED)
        if t is not None:
            return t
        time.sleep(0.05)
    return None


def start(milen, week, time_limit):
    work = tempfile.mkdtemp(prefix="milen-timing-")
    shutil.copy(week, os.path.join(work, "week.json"))
    p = subprocess.Popen(
        [milen, "serve", "week.json", "--port", "0", "--time-limit", str(time_limit)],
        cwd=work, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return p, work


def url_of(p):
    deadline = time.time() + 900
    while time.time() < deadline:
        line = p.stdout.readline()
        m = re.search(r"http://\S+", line)
        if m:
            return m.group(0)
        if p.poll() is not None:
            break
    raise SystemExit(f"milen serve did not start: {p.stderr.read()!r}")


def browser():
    o = webdriver.ChromeOptions()
    o.binary_location = shutil.which("chromium")
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--window-size=1400,1000", "--lang=da"]:
        o.add_argument(a)
    return webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver")),
                            options=o)


def main():
    a = argparse.ArgumentParser()
    a.add_argument("week")
    a.add_argument("builds", nargs="+")
    a.add_argument("--time-limit", type=float, default=10)
    a.add_argument("--loads", type=int, default=3)
    args = a.parse_args()
    builds = [b.split("=", 1) for b in args.builds]
    servers = [(name, *start(os.path.abspath(path), args.week, args.time_limit))
               for name, path in builds]
    try:
        urls = {name: url_of(p) for name, p, _ in servers}
        print("serving: " + ", ".join(f"{n} {u}" for n, u in urls.items()), flush=True)
        driver = browser()
        driver.set_page_load_timeout(120)
        try:
            for n in urls:  # one load each first, untimed: the browser itself warmed up
                driver.get(urls[n])
            for i in range(args.loads):
                for n, u in urls.items():
                    driver.get("about:blank")
                    load = os.getloadavg()[0]
                    driver.get(u)
                    end, dcl, loaded, _, size, rows = driver.execute_script(TIMING)
                    filled = forms_filled(driver)
                    forms = f"forms filled {filled / 1000:.3f} s, " if filled is not None else ""
                    print(f"{n} load {i + 1}: response {end / 1000:.3f} s, "
                          f"DOMContentLoaded {dcl / 1000:.3f} s, load {loaded / 1000:.3f} s, "
                          f"{forms}{size / 1e6:.2f} MB, {rows} grid rows, load average {load:.1f}",
                          flush=True)
        finally:
            driver.quit()
    finally:
        for _, p, work in servers:
            p.send_signal(signal.SIGINT)
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
